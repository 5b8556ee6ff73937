import contextlib
import json
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Site

from .brand import DEFAULT_BRAND_COLOUR, normalise, validate_brand_colour
from .hours import opening_status, upcoming_schedule
from .page_cache.keys import until_next_change  # not the package, whose invalidation reads these models

MAPS_SEARCH_URL = "https://www.google.com/maps/search/"
WEEKDAYS = [
    ("0", "Monday"),
    ("1", "Tuesday"),
    ("2", "Wednesday"),
    ("3", "Thursday"),
    ("4", "Friday"),
    ("5", "Saturday"),
    ("6", "Sunday"),
]


class OpeningHoursBlock(blocks.StructBlock):
    day = blocks.ChoiceBlock(choices=WEEKDAYS, help_text="Add one entry per period; two for a lunch break.")
    opens = blocks.TimeBlock(help_text="E.g. 7:30 am.")
    closes = blocks.TimeBlock(help_text="E.g. 6:30 pm. Must be after the opening time.")

    class Meta:
        icon = "time"
        label = "Opening hours"
        template = "blocks/opening_hours_block.html"
        description = "One day's opening hours. Days not listed are shown as closed."
        preview_value = {"day": "0", "opens": "08:00", "closes": "18:00"}

    def clean(self, value):
        value = super().clean(value)
        if value["opens"] >= value["closes"]:
            raise blocks.StructBlockValidationError(
                block_errors={"closes": ValidationError("Closing time must be after opening time.")}
            )
        return value


def maps_search_url(address_lines):
    """A Google Maps search link for an address (a plain link: the page itself loads nothing from Google)."""
    address = ", ".join(line for line in address_lines or [] if line)
    if not address:
        return ""
    return f"{MAPS_SEARCH_URL}?{urlencode({'api': '1', 'query': address})}"


@register_setting(icon="site")
class ClinicSettings(BaseSiteSetting):
    name = models.CharField(max_length=120, default="Our Clinic", help_text="As patients know it.")
    tagline = models.CharField(
        max_length=160, blank=True, help_text="Optional. E.g. “Physical therapy, chiropractic and massage”."
    )
    street_address = models.CharField(max_length=200, blank=True, help_text="E.g. 7400 W 92nd Ave, Suite 120.")
    locality = models.CharField("city", max_length=100, blank=True, help_text="E.g. Westminster.")
    region = models.CharField("state", max_length=50, blank=True, help_text="Two letters, e.g. CO.")
    postal_code = models.CharField("ZIP code", max_length=20, blank=True, help_text="E.g. 80021.")
    phone = models.CharField(max_length=30, blank=True, help_text="As it should be shown, e.g. (303) 555-0142.")
    email = models.EmailField(blank=True, help_text="Shown on the site for patients to write to, e.g. the front desk.")
    opening_hours = StreamField(
        [("hours", OpeningHoursBlock())],
        blank=True,
        help_text="One entry per open day. Days without an entry show as closed.",
    )
    # Search engines and map apps place the clinic by these (schema.org GeoCoordinates).
    latitude = models.DecimalField(
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text="Optional, with longitude. E.g. 39.860500 (right-click the clinic in a map app to copy it).",
    )
    longitude = models.DecimalField(
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text="E.g. -105.077200 (west of Greenwich is negative).",
    )
    social_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=(
            "Optional. Shown when a page without its own photo is shared on social media or in messages. "
            "At least 1200 × 630 px; keep text and logos away from the edges, which may be cropped."
        ),
    )

    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=(
            "Optional. A PNG, JPEG or WebP of the logo on a transparent or white background, at least 96 px high "
            "(SVG is not accepted: it can carry scripts). Without a logo the clinic's name is shown as a text mark."
        ),
    )
    brand_colour = models.CharField(
        max_length=7,
        default=DEFAULT_BRAND_COLOUR,
        validators=[validate_brand_colour],
        help_text=(
            "Used for links, buttons and the header, e.g. #0b5e63. It must be dark enough for white text "
            "(4.5:1 contrast); if it is not, a darker shade of it is suggested."
        ),
    )

    panels = [
        "name",
        "tagline",
        MultiFieldPanel(["logo", "brand_colour"], heading="Brand"),
        MultiFieldPanel(
            ["street_address", "locality", "region", "postal_code"],
            heading="Address",
        ),
        MultiFieldPanel(["phone", "email"], heading="Contact"),
        FieldPanel("opening_hours"),
        MultiFieldPanel(["latitude", "longitude"], heading="Map position"),
        FieldPanel("social_image"),
    ]

    class Meta:
        verbose_name = "clinic details"

    def __str__(self):
        return self.name

    @classmethod
    def for_request(cls, request):
        """Wagtail's, with the row read once per change (every page shows it), not once per render."""
        attr_name = cls.get_cache_attr_name()
        site = None if hasattr(request, attr_name) else Site.find_for_request(request)
        if site is not None:
            instance = until_next_change(f"clinic-settings:{site.pk}", lambda: cls.for_site(site))
            instance._request = request
            setattr(request, attr_name, instance)
        return super().for_request(request)

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError("Enter both latitude and longitude, or neither.")
        if self.logo and self.logo.file.name.lower().endswith(".svg"):
            raise ValidationError({"logo": "Choose a PNG, JPEG or WebP logo: SVG files are not accepted."})
        # Stored as #rrggbb; an unreadable value is reported by the field's own validator.
        with contextlib.suppress(ValueError):
            self.brand_colour = normalise(self.brand_colour)

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
        """Directions to the clinic in a map app ("" without an address)."""
        return maps_search_url(self.address_lines)

    @property
    def hours_by_day(self):
        """Every weekday with its opening periods, Monday first; closed days have none."""
        periods = {key: [] for key, _ in WEEKDAYS}
        for block in self.opening_hours:
            periods[block.value["day"]].append((block.value["opens"], block.value["closes"]))
        return [(label, sorted(periods[key])) for key, label in WEEKDAYS]

    @property
    def opening_periods(self):
        """``(weekday, opens, closes)`` for every opening period, weekday 0 being Monday."""
        return [(int(b.value["day"]), b.value["opens"], b.value["closes"]) for b in self.opening_hours]

    def opening_status(self, now=None):
        """Open or closed at ``now`` (default: the current time), in the clinic's time zone."""
        return opening_status(self.opening_periods, now)

    def opening_schedule_json(self, now=None):
        """The coming week's opening periods as absolute times, for static/js/open-now.js."""
        return json.dumps(upcoming_schedule(self.opening_periods, now), separators=(",", ":"))
