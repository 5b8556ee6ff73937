""" "Open now", computed in the clinic's time zone from the opening hours editors enter."""

import datetime
import json
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.utils import timezone

from core.hours import opening_status, upcoming_schedule
from tests.conftest import HOURS

DENVER = ZoneInfo("America/Denver")
UTC = datetime.UTC
T = datetime.time


def at(year, month, day, hour, minute=0, tz=DENVER):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=tz)


# 2026-03-02 is a Monday (Mountain Standard Time); 2026-03-09 the Monday after DST began.
@pytest.mark.parametrize(
    ("now", "is_open", "closes", "next_opens", "day_label"),
    [
        (at(2026, 3, 2, 10), True, T(18, 30), None, ""),
        (at(2026, 3, 2, 7, 29), False, None, T(7, 30), "today"),
        (at(2026, 3, 2, 7, 30), True, T(18, 30), None, ""),  # the opening minute counts as open
        (at(2026, 3, 2, 18, 29), True, T(18, 30), None, ""),
        (at(2026, 3, 2, 18, 30), False, None, T(7, 30), "tomorrow"),  # the closing minute does not
        (at(2026, 3, 6, 19), False, None, T(8), "tomorrow"),  # Friday evening: Saturday's hours
        (at(2026, 3, 7, 12), False, None, T(7, 30), "Monday"),  # Saturday noon: closed until Monday
        (at(2026, 3, 8, 9), False, None, T(7, 30), "tomorrow"),  # Sunday
        (at(2026, 3, 7, 23, 59), False, None, T(7, 30), "Monday"),
    ],
)
def test_status_at_fixed_local_times(now, is_open, closes, next_opens, day_label):
    status = opening_status(HOURS, now=now)
    assert (status.is_open, status.closes, status.next_opens, status.next_day_label) == (
        is_open,
        closes,
        next_opens,
        day_label,
    )


def test_server_time_in_utc_is_read_in_the_clinics_time_zone():
    # 14:00 UTC is 7:00 a.m. in Denver in winter (UTC-7) and 8:00 a.m. in summer time (UTC-6).
    winter = opening_status(HOURS, now=datetime.datetime(2026, 3, 2, 14, tzinfo=UTC))
    summer = opening_status(HOURS, now=datetime.datetime(2026, 3, 9, 14, tzinfo=UTC))
    assert (winter.is_open, winter.next_opens, winter.next_day_label) == (False, T(7, 30), "today")
    assert (summer.is_open, summer.closes) == (True, T(18, 30))
    # Monday 03:00 UTC is still Sunday evening in Denver.
    sunday = opening_status(HOURS, now=datetime.datetime(2026, 3, 2, 3, tzinfo=UTC))
    assert sunday.next_day_label == "tomorrow"


def test_a_lunch_break_splits_the_day():
    hours = [(2, T(8), T(12)), (2, T(13), T(17))]
    lunch = opening_status(hours, now=at(2026, 3, 4, 12, 30))  # a Wednesday
    assert (lunch.is_open, lunch.next_opens, lunch.next_day_label) == (False, T(13), "today")
    assert opening_status(hours, now=at(2026, 3, 4, 13)).closes == T(17)


def test_open_one_day_a_week_means_the_same_weekday_next_week():
    hours = [(2, T(9), T(12))]  # Wednesdays only
    after = opening_status(hours, now=at(2026, 3, 4, 15))
    assert (after.is_open, after.days_ahead, after.next_day_label) == (False, 7, "Wednesday")


def test_no_hours_at_all_is_closed_with_no_next_opening():
    status = opening_status([], now=at(2026, 3, 4, 10))
    assert (status.is_open, status.next_opens, status.next_day_label) == (False, None, "")


def test_a_naive_time_is_refused_rather_than_guessed():
    with pytest.raises(ValueError, match="aware"):
        opening_status(HOURS, now=datetime.datetime(2026, 3, 2, 10))


def unix_ms(moment):
    return int(moment.timestamp() * 1000)


def test_schedule_for_the_browser_gives_absolute_times_and_the_pages_own_labels():
    # Saturday 7 March 2026; Denver moves its clocks forward on Sunday 8 March at 2 a.m.
    schedule = upcoming_schedule(HOURS, now=at(2026, 3, 7, 15))
    days = schedule["days"]
    assert len(days) == 9
    assert days[0] == [unix_ms(at(2026, 3, 7, 0)), "Saturday"]
    assert days[-1] == [unix_ms(at(2026, 3, 15, 0)), "Sunday"]
    # The day the clocks change is 23 hours long; the browser needs no time zone rules to know.
    assert days[2][0] - days[1][0] == 23 * 60 * 60 * 1000
    periods = schedule["periods"]
    assert periods[0] == [unix_ms(at(2026, 3, 7, 8)), unix_ms(at(2026, 3, 7, 12)), "8:00 a.m.", "12:00 p.m."]
    # Monday 9 March opens at 7:30 a.m. Mountain Daylight Time, i.e. 13:30 UTC.
    monday = periods[1]
    assert monday[0] == unix_ms(datetime.datetime(2026, 3, 9, 13, 30, tzinfo=UTC))
    assert monday[2:] == ["7:30 a.m.", "6:30 p.m."]
    # Eight days: two Saturdays and five weekdays.
    assert len(periods) == 7
    assert [p[0] for p in periods] == sorted(p[0] for p in periods)


def test_footer_shows_the_status_and_gives_the_browser_the_same_hours(client, clinic_with_hours, monkeypatch):
    monkeypatch.setattr(timezone, "now", lambda: datetime.datetime(2026, 3, 6, 1, 0, tzinfo=UTC))  # Thu 6 p.m.
    page = BeautifulSoup(client.get("/").content, "html.parser")
    status = page.find("footer").find(attrs={"data-open-status": True})
    assert " ".join(status.get_text().split()) == "Open now until 6:30 p.m."
    assert "open-status--open" in status["class"]
    schedule = json.loads(status["data-schedule"])
    assert schedule["days"][0] == [int(at(2026, 3, 5, 0).timestamp() * 1000), "Thursday"]
    assert schedule["periods"][0][2:] == ["7:30 a.m.", "6:30 p.m."]
    script = page.find("script", src=lambda src: src and src.endswith("open-now.js"))
    assert script.has_attr("defer")

    # A cached page keeps the status it was rendered with (open-now.js corrects it in the browser);
    # here the server renders it afresh.
    cache.clear()
    monkeypatch.setattr(timezone, "now", lambda: datetime.datetime(2026, 3, 7, 19, 0, tzinfo=UTC))  # Sat noon
    page = BeautifulSoup(client.get("/").content, "html.parser")
    status = page.find("footer").find(attrs={"data-open-status": True})
    assert " ".join(status.get_text().split()) == "Closed now, opens Monday at 7:30 a.m."


def test_no_status_or_script_without_opening_hours(client, clinic_settings):
    html = client.get("/").content.decode()
    assert "data-open-status" not in html
    assert "open-now.js" not in html
