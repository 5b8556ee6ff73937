"""open-now.js: the browser recomputes "Open now" in the clinic's time zone, whatever its own."""

import datetime

from django.utils import timezone
from wagtail.models import Locale

from treatments.language_review import approved_publish

UTC = datetime.UTC


def test_browser_recomputes_the_status_in_the_clinics_time_zone(chromium, live_server, clinic_with_hours, monkeypatch):
    # The server (same process as the live server) believes it is Thursday 10 a.m. in Denver,
    # as a page cached that morning would; the browser's clock says Saturday noon in Denver.
    monkeypatch.setattr(timezone, "now", lambda: datetime.datetime(2026, 3, 5, 17, 0, tzinfo=UTC))
    context = chromium.new_context(viewport={"width": 390, "height": 844}, timezone_id="Asia/Tokyo")
    try:
        page = context.new_page()
        page.clock.set_fixed_time(datetime.datetime(2026, 3, 7, 19, 0, tzinfo=UTC))
        page.goto(live_server.url + "/")
        status = page.locator("footer [data-open-status]")
        status.filter(has_text="Closed now").wait_for()
        assert " ".join(status.inner_text().split()) == "Closed now, opens Monday at 7:30 a.m."
        assert "open-status--open" not in status.get_attribute("class")

        # Friday 6:29 p.m. in Denver is already Saturday morning in Tokyo: Denver's time counts.
        page.clock.set_fixed_time(datetime.datetime(2026, 3, 7, 1, 29, tzinfo=UTC))
        page.reload()
        status.filter(has_text="until").wait_for()
        assert " ".join(status.inner_text().split()) == "Open now until 6:30 p.m."
    finally:
        context.close()


def test_the_browser_keeps_the_spanish_pages_words(chromium, live_server, clinic_with_hours, home_page, monkeypatch):
    """The phrases come with the schedule in the page's language: a Spanish page stays Spanish after the update."""
    locale, _ = Locale.objects.get_or_create(language_code="es")
    spanish = home_page.copy_for_translation(locale)
    with approved_publish():
        spanish.save_revision().publish()
    monkeypatch.setattr(timezone, "now", lambda: datetime.datetime(2026, 3, 5, 17, 0, tzinfo=UTC))  # Thu 10 a.m.
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.clock.set_fixed_time(datetime.datetime(2026, 3, 7, 19, 0, tzinfo=UTC))  # Saturday noon in Denver
        page.goto(live_server.url + "/es/")
        status = page.locator("footer [data-open-status]")
        status.filter(has_text="Cerrado ahora").wait_for()
        assert " ".join(status.inner_text().split()) == "Cerrado ahora, abre el lunes a las 7:30 a.m."

        page.clock.set_fixed_time(datetime.datetime(2026, 3, 7, 1, 29, tzinfo=UTC))  # Friday 6:29 p.m.
        page.reload()
        status.filter(has_text="hasta").wait_for()
        assert " ".join(status.inner_text().split()) == "Abierto ahora hasta las 6:30 p.m."
    finally:
        context.close()
