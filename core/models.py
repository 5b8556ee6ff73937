import contextlib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Site

from .brand import DEFAULT_BRAND_COLOUR, normalise, validate_brand_colour
from .language_codes import current_language, default_language
from .page_cache.keys import until_saved  # not the package, whose invalidation reads these models
from .places import MAPS_SEARCH_URL, WEEKDAYS, PlaceMixin, latitude_field, longitude_field, maps_search_url

__all__ = ["MAPS_SEARCH_URL", "WEEKDAYS", "ClinicSettings", "OpeningHoursBlock", "maps_search_url"]


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


SOCIAL_NETWORKS = [
    ("facebook", "Facebook"),
    ("instagram", "Instagram"),
    ("youtube", "YouTube"),
    ("linkedin", "LinkedIn"),
    ("x", "X"),
    ("tiktok", "TikTok"),
]


class SocialLinkBlock(blocks.StructBlock):
    network = blocks.ChoiceBlock(choices=SOCIAL_NETWORKS, help_text="Shown as its icon, named for screen readers.")
    url = blocks.URLBlock(label="Address", help_text="The clinic's own profile, e.g. https://www.instagram.com/…")

    class Meta:
        icon = "link-external"
        label = "Social link"
        description = "A link to the clinic's profile on a social network, shown in the footer."
        preview_value = {"network": "instagram", "url": "https://www.instagram.com/"}


def other_languages():
    """The content languages besides the default one, as (code, name): where a tagline needs its own words."""
    return [(code, name) for code, name in settings.WAGTAIL_CONTENT_LANGUAGES if code != default_language()]


class TaglineTranslationBlock(blocks.StructBlock):
    language = blocks.ChoiceBlock(choices=other_languages)
    text = blocks.CharBlock(max_length=160, help_text=_("The tagline as pages in that language show it."))

    class Meta:
        icon = "globe"
        label = _("Tagline in another language")


class TaglineTranslationsBlock(blocks.StreamBlock):
    translation = TaglineTranslationBlock()

    def clean(self, value):
        value = super().clean(value)
        seen = set()
        for block in value:
            language = block.value["language"]
            if language in seen:
                name = dict(other_languages()).get(language, language)
                message = _("%(language)s has two taglines; keep one.") % {"language": name}
                raise blocks.StreamBlockValidationError(non_block_errors=ValidationError(message))
            seen.add(language)
        return value


@register_setting(icon="site")
class ClinicSettings(PlaceMixin, BaseSiteSetting):
    name = models.CharField(max_length=120, default="Our Clinic", help_text="As patients know it.")
    tagline = models.CharField(
        max_length=160, blank=True, help_text="Optional. E.g. “Physical therapy, chiropractic and massage”."
    )
    # Settings are one row per site, not translated pages, so the other languages' words live beside it.
    tagline_translations = StreamField(
        TaglineTranslationsBlock(),
        blank=True,
        verbose_name=_("tagline in other languages"),
        help_text=_(
            "Pages in a language without its own tagline show none, rather than English words on a Spanish page."
        ),
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
    latitude = latitude_field()
    longitude = longitude_field()
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

    social_links = StreamField(
        [("link", SocialLinkBlock())],
        blank=True,
        help_text="Optional. The clinic's profiles, shown as icons in the footer of every page, in this order.",
    )

    panels = [
        "name",
        "tagline",
        FieldPanel("tagline_translations"),
        MultiFieldPanel(["logo", "brand_colour"], heading="Brand"),
        MultiFieldPanel(
            ["street_address", "locality", "region", "postal_code"],
            heading="Address",
        ),
        MultiFieldPanel(["phone", "email"], heading="Contact"),
        FieldPanel("opening_hours"),
        MultiFieldPanel(["latitude", "longitude"], heading="Map position"),
        FieldPanel("social_image"),
        FieldPanel("social_links"),
    ]

    class Meta:
        verbose_name = "clinic details"

    def __str__(self):
        return self.name

    @classmethod
    def for_request(cls, request):
        """Wagtail's, with the row read once per change to it (every page shows it), not once per render."""
        attr_name = cls.get_cache_attr_name()
        site = None if hasattr(request, attr_name) else Site.find_for_request(request)
        if site is not None:
            instance = until_saved(f"clinic-settings:{site.pk}", lambda: cls.for_site(site))
            instance._request = request
            setattr(request, attr_name, instance)
        return super().for_request(request)

    def clean(self):
        super().clean()
        self.clean_map_position()
        if self.logo and self.logo.file.name.lower().endswith(".svg"):
            raise ValidationError({"logo": "Choose a PNG, JPEG or WebP logo: SVG files are not accepted."})
        # Stored as #rrggbb; an unreadable value is reported by the field's own validator.
        with contextlib.suppress(ValueError):
            self.brand_colour = normalise(self.brand_colour)

    def tagline_in(self, language):
        """The tagline in ``language``: the default language's field, else that language's translation, else ""."""
        if language == default_language():
            return self.tagline
        for block in self.tagline_translations:
            if block.value["language"] == language:
                return block.value["text"]
        return ""

    @property
    def translated_tagline(self):
        """The tagline in the language of the page being shown."""
        return self.tagline_in(current_language())

    @property
    def social_profiles(self):
        """(network key, network name, URL) for each social link, in the editors' order."""
        names = dict(SOCIAL_NETWORKS)
        return [
            (block.value["network"], names.get(block.value["network"], ""), block.value["url"])
            for block in self.social_links
        ]
