"""What the clinic's details and each location page share: an address, a phone, opening hours.

A mixin of properties only (no fields), so ``ClinicSettings`` (the organisation's defaults) and a
location page (``locations.LocationPage``) show contact details, directions and "open now" the same way,
through the same templates (includes/contact_details.html, includes/opening_hours.html). The class
using it has ``street_address``, ``locality``, ``region``, ``postal_code``, ``phone`` and an
``opening_hours`` stream of ``OpeningHoursBlock``.
"""

import hashlib
import json
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.dates import WEEKDAYS as WEEKDAY_LABELS
from django.utils.text import capfirst
from django.utils.translation import get_language

from .hours import clinic_time_zone, opening_status, upcoming_schedule

# A day's schedule is kept a day: its key names the date, so it is never read on another.
SCHEDULE_SECONDS = 24 * 60 * 60
MAPS_SEARCH_URL = "https://www.google.com/maps/search/"
# The stored values and their English names (schema.org's dayOfWeek needs these); pages show
# Django's translated WEEKDAY_LABELS instead.
WEEKDAYS = [
    ("0", "Monday"),
    ("1", "Tuesday"),
    ("2", "Wednesday"),
    ("3", "Thursday"),
    ("4", "Friday"),
    ("5", "Saturday"),
    ("6", "Sunday"),
]


def maps_search_url(address_lines):
    """A Google Maps search link for an address (a plain link: the page itself loads nothing from Google)."""
    address = ", ".join(line for line in address_lines or [] if line)
    if not address:
        return ""
    return f"{MAPS_SEARCH_URL}?{urlencode({'api': '1', 'query': address})}"


def latitude_field(where="the clinic"):
    """A map position's latitude (schema.org GeoCoordinates), optional, entered with the longitude."""
    return models.DecimalField(
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=f"Optional, with longitude. E.g. 39.860500 (right-click {where} in a map app to copy it).",
    )


def longitude_field():
    return models.DecimalField(
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text="E.g. -105.077200 (west of Greenwich is negative).",
    )


class PlaceMixin:
    def clean_map_position(self):
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError("Enter both latitude and longitude, or neither.")

    @property
    def phone_href(self):
        """The phone number as a tel: URI (digits and a leading +), for click-to-call."""
        digits = "".join(ch for ch in self.phone if ch.isdigit())
        if not digits:
            return ""
        if len(digits) == 10:  # a North American number written without its country code
            digits = "1" + digits
        return f"tel:+{digits}"

    @property
    def address_lines(self):
        city_line = ", ".join(part for part in [self.locality, f"{self.region} {self.postal_code}".strip()] if part)
        return [line for line in [self.street_address, city_line] if line]

    @property
    def directions_url(self):
        """Directions in a map app ("" without an address)."""
        return maps_search_url(self.address_lines)

    @property
    def hours_by_day(self):
        """Every weekday (its name in the page's language) with its opening periods, Monday first; closed
        days have none."""
        periods = {key: [] for key, _ in WEEKDAYS}
        for block in self.opening_hours:
            periods[block.value["day"]].append((block.value["opens"], block.value["closes"]))
        return [(capfirst(WEEKDAY_LABELS[int(key)]), sorted(periods[key])) for key, _ in WEEKDAYS]

    @property
    def opening_periods(self):
        """``(weekday, opens, closes)`` for every opening period, weekday 0 being Monday."""
        return [(int(b.value["day"]), b.value["opens"], b.value["closes"]) for b in self.opening_hours]

    def opening_status(self, now=None):
        """Open or closed at ``now`` (default: the current time), in the clinic's time zone."""
        return opening_status(self.opening_periods, now)

    @property
    def opening_hours_key(self):
        """Changes with the opening hours, the clinic's time zone and the language they are shown in:
        what is built from the hours alone is kept under it (and outlives a publish)."""
        periods = repr((settings.TIME_ZONE, get_language(), self.opening_periods))
        return hashlib.sha256(periods.encode()).hexdigest()

    def opening_schedule_json(self, now=None):
        """The coming week's opening periods as absolute times, for static/js/open-now.js.

        The same all day for the same hours, so worked out once a day, not on every render."""
        today = (now or timezone.now()).astimezone(clinic_time_zone()).date()
        key = f"opening-schedule:{today.isoformat()}:{self.opening_hours_key}"
        schedule = cache.get(key)
        if schedule is None:
            schedule = json.dumps(upcoming_schedule(self.opening_periods, now), separators=(",", ":"))
            cache.set(key, schedule, SCHEDULE_SECONDS)
        return schedule
