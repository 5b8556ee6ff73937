"""Whether the clinic is open at a given moment, from the opening hours editors enter.

Always computed in the clinic's time zone (``settings.TIME_ZONE``), whatever zone the
server or the visitor is in. Pages render the status on the server; a cached page
could show a stale one, so ``static/js/open-now.js`` recomputes it in the browser
from :func:`upcoming_schedule` with the same rules (keep the two in step).
"""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from django.utils.dateformat import time_format
from django.utils.dates import WEEKDAYS
from django.utils.translation import gettext, ngettext

WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def clock(time):
    """ "7:30 a.m." (Django translates "a.m." and "p.m.")."""
    return time_format(time, "g:i a")


def hour_count(time):
    """The hour on a 12-hour clock, for ngettext: Spanish says "a la 1:00" but "a las 2:00"."""
    return time.hour % 12 or 12


def until_text(closes):
    """ "until 6:30 p.m." after "Open now"."""
    return ngettext("until %(time)s", "until %(time)s", hour_count(closes)) % {"time": clock(closes)}


def opens_text(opens, days_ahead, weekday):
    """ "opens today at 7:30 a.m.", "opens tomorrow at …", "opens Monday at …" after "Closed now,"."""
    values = {"time": clock(opens), "weekday": WEEKDAYS[weekday]}
    n = hour_count(opens)
    if days_ahead == 0:
        return ngettext("opens today at %(time)s", "opens today at %(time)s", n) % values
    if days_ahead == 1:
        return ngettext("opens tomorrow at %(time)s", "opens tomorrow at %(time)s", n) % values
    return ngettext("opens %(weekday)s at %(time)s", "opens %(weekday)s at %(time)s", n) % values


@dataclass(frozen=True)
class OpeningStatus:
    is_open: bool
    # Open: the time the current period ends.
    closes: datetime.time | None = None
    # Closed: when the clinic next opens, and in how many days (0 = later today).
    next_opens: datetime.time | None = None
    days_ahead: int | None = None
    next_weekday: int | None = None

    @property
    def next_day_label(self):
        """ "today", "tomorrow" or the weekday's name, for "opens … at 7:30 a.m."."""
        if self.days_ahead is None:
            return ""
        if self.days_ahead == 0:
            return "today"
        if self.days_ahead == 1:
            return "tomorrow"
        return WEEKDAY_NAMES[self.next_weekday]

    @property
    def state_text(self):
        return gettext("Open now") if self.is_open else gettext("Closed now")

    @property
    def detail_text(self):
        """What follows the state, in the page's language: "until 6:30 p.m." or "opens Monday at …"."""
        if self.is_open:
            return until_text(self.closes) if self.closes else ""
        if self.next_opens is None:
            return ""
        return opens_text(self.next_opens, self.days_ahead, self.next_weekday)


def clinic_time_zone():
    return ZoneInfo(settings.TIME_ZONE)


def opening_status(periods, now=None, tz=None):
    """The clinic's status at ``now`` (an aware datetime; default: the current time).

    ``periods`` is an iterable of ``(weekday, opens, closes)``, weekday 0 being Monday
    and ``opens < closes`` (the block's validation guarantees it, so no period crosses
    midnight). A period includes its opening minute and excludes its closing minute.
    """
    tz = tz or clinic_time_zone()
    now = now or timezone.now()
    if timezone.is_naive(now):
        raise ValueError("opening_status needs an aware datetime")
    local = now.astimezone(tz)
    today, time_now = local.weekday(), local.time().replace(second=0, microsecond=0)
    periods = sorted(periods)

    for weekday, opens, closes in periods:
        if weekday == today and opens <= time_now < closes:
            return OpeningStatus(is_open=True, closes=closes)

    # Later today, then each following day; a week ahead is today's weekday again.
    for days_ahead in range(8):
        weekday = (today + days_ahead) % 7
        starts = [opens for day, opens, _ in periods if day == weekday and (days_ahead or opens > time_now)]
        if starts:
            return OpeningStatus(is_open=False, next_opens=starts[0], days_ahead=days_ahead, next_weekday=weekday)
    return OpeningStatus(is_open=False)


def upcoming_schedule(periods, now=None, tz=None, days=8):
    """The next ``days`` days of opening periods as absolute times, for static/js/open-now.js.

    The browser then needs no time zone database (creating the first time-zone-aware
    ``Intl.DateTimeFormat`` costs tens of milliseconds of main thread on a phone) and no
    time formatting of its own: labels are formatted here, exactly as the page shows them.

    ``{"days": [[local midnight as Unix ms, weekday name], …], "periods": [[opens ms, closes ms,
    "7:30 a.m.", "6:30 p.m."], …], "texts": [[until, opens today, opens tomorrow, opens on its weekday], …],
    "open": "Open now", "closed": "Closed now"}``, starting with today in the clinic's time zone; ``days + 1``
    midnights so the last day has an end. ``texts`` runs beside ``periods``, in the page's language.
    """
    tz = tz or clinic_time_zone()
    today = (now or timezone.now()).astimezone(tz).date()

    def unix_ms(date, time):
        # ZoneInfo resolves wall-clock times across DST changes (fold=0: the first of a repeated hour).
        return int(datetime.datetime.combine(date, time, tzinfo=tz).timestamp() * 1000)

    dates = [today + datetime.timedelta(days=n) for n in range(days + 1)]
    schedule = {"days": [[unix_ms(date, datetime.time()), str(WEEKDAYS[date.weekday()])] for date in dates]}
    upcoming = [
        (date, weekday, opens, closes)
        for date in dates[:-1]
        for weekday, opens, closes in sorted(periods)
        if weekday == date.weekday()
    ]
    schedule["periods"] = [
        [unix_ms(date, opens), unix_ms(date, closes), clock(opens), clock(closes)]
        for date, _, opens, closes in upcoming
    ]
    schedule["texts"] = [
        [until_text(closes), *(opens_text(opens, ahead, weekday) for ahead in (0, 1, 2))]
        for _, weekday, opens, closes in upcoming
    ]
    schedule["open"], schedule["closed"] = gettext("Open now"), gettext("Closed now")
    return schedule
