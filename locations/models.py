"""The clinic's locations: an index at /locations/ and one page per place patients go to.

The clinic-wide details (core.models.ClinicSettings) stay the organisation's defaults: its name and main
phone. A location page has its own address, phone, hours and directions, shown through the same
templates as the clinic's (core.places.PlaceMixin). The clinicians who work at a location and the
treatments offered there come from the clinician pages (people.ClinicianPage.locations), so an editor
says it once, on the clinician's page; this app imports nothing from ``people``.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES
from core.models import ClinicSettings, OpeningHoursBlock
from core.pages import BasePage, OneQueryChildRouteMixin
from core.places import PlaceMixin, latitude_field, longitude_field
from core.renditions import with_portraits
from core.search_weights import WEIGHTS
from core.sorting import a_to_z
from core.structured_data import CLINIC_TYPES, SCHEMA, clinic_reference, place_details
from core.visibility import without_restricted
from core.visible_text import rich_text_pieces
from treatments.models import TreatmentPage


class LocationIndexPage(OneQueryChildRouteMixin, BasePage):
    intro = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text="One or two sentences shown above the list of locations.",
    )

    content_panels = Page.content_panels + ["intro"]
    search_fields = Page.search_fields + [index.SearchField("intro", boost=WEIGHTS["body"])]
    summary_fields = ("search_description", "intro")

    parent_page_types = ["home.HomePage"]
    subpage_types = ["locations.LocationPage"]
    max_count = 1

    class Meta:
        verbose_name = _("locations index")

    def search_document_fields(self):
        return {"title": [self.title], "summary": [self.search_summary], "body": rich_text_pieces(self.intro)}

    def child_route_queryset(self):
        return LocationPage.objects.all()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["locations"] = live_locations(self)
        return context


def live_locations(parent=None):
    """Live, public location pages A to Z (under ``parent`` if given)."""
    pages = LocationPage.objects.live()
    if parent is not None:
        pages = pages.child_of(parent)
    return a_to_z(without_restricted(pages), text=lambda page: page.title)


class LocationPage(PlaceMixin, BasePage):
    summary = models.TextField(
        max_length=300,
        blank=True,
        help_text="Optional. One sentence for listings and search results, e.g. “Our main clinic, by the park.”",
    )
    street_address = models.CharField(max_length=200, help_text="E.g. 7400 W 92nd Ave, Suite 120.")
    locality = models.CharField("city", max_length=100, help_text="E.g. Westminster.")
    region = models.CharField("state", max_length=50, help_text="Two letters, e.g. CO.")
    postal_code = models.CharField("ZIP code", max_length=20, help_text="E.g. 80021.")
    latitude = latitude_field("the place")
    longitude = longitude_field()
    phone = models.CharField(max_length=30, help_text="This location's number, as shown, e.g. (303) 555-0142.")
    email = models.EmailField(blank=True, help_text="Optional. Shown for patients to write to this location.")
    opening_hours = StreamField(
        [("hours", OpeningHoursBlock())],
        blank=True,
        help_text="One entry per open day. Days without an entry show as closed.",
    )
    parking = RichTextField(features=RICH_TEXT_FEATURES, blank=True, help_text="Where to park, and whether it is free.")
    transit = RichTextField(
        features=RICH_TEXT_FEATURES, blank=True, help_text="Buses or trains that stop nearby, and the walk from them."
    )
    accessibility = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text="Step-free entrance, lift, accessible restroom, wheelchair-friendly treatment tables…",
    )
    notification_email = models.EmailField(
        blank=True,
        help_text=(
            "Optional. Who is told that an appointment request for this location arrived. "
            "Empty: the address on the appointment page."
        ),
    )

    content_panels = Page.content_panels + [
        "summary",
        MultiFieldPanel(["street_address", "locality", "region", "postal_code"], heading="Address"),
        MultiFieldPanel(["latitude", "longitude"], heading="Map position"),
        MultiFieldPanel(["phone", "email", "notification_email"], heading="Contact"),
        FieldPanel("opening_hours"),
        MultiFieldPanel(["parking", "transit", "accessibility"], heading="Getting here"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("locality", boost=WEIGHTS["also_known_as"]),
        index.AutocompleteField("locality"),
        index.SearchField("street_address", boost=WEIGHTS["summary"]),
        index.SearchField("summary", boost=WEIGHTS["summary"]),
        index.SearchField("parking", boost=WEIGHTS["body"]),
        index.SearchField("transit", boost=WEIGHTS["body"]),
        index.SearchField("accessibility", boost=WEIGHTS["body"]),
        index.FilterField("slug"),
    ]
    summary_fields = ("summary", "search_description")

    parent_page_types = ["locations.LocationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("location")

    def clean(self):
        super().clean()
        self.clean_map_position()

    @property
    def search_summary(self):
        return super().search_summary or ", ".join(self.address_lines)

    def search_document_fields(self):
        """What a location says to site search: its name and town count as much as a treatment's other names."""
        return {
            "title": [self.title],
            "also_known_as": [self.locality],
            "summary": [self.search_summary, self.street_address],
            "body": rich_text_pieces(self.parking)
            + rich_text_pieces(self.transit)
            + rich_text_pieces(self.accessibility),
        }

    def live_clinicians(self):
        # The reverse side of people.ClinicianPage.locations: no import of the people app needed.
        return (
            with_portraits(self.clinicians.live())
            .prefetch_related("credentials", "languages")
            .defer_streamfields()
            .order_by("title")
        )

    def offered_treatments(self):
        """Treatments provided by a clinician who works here (live pages only)."""
        return a_to_z(
            without_restricted(TreatmentPage.objects.live())
            .filter(providers__locations=self, providers__live=True)
            .distinct()
            .defer_streamfields(),
            text=lambda page: page.title,
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["clinicians"] = list(self.live_clinicians())
        context["treatments"] = self.offered_treatments()
        return context

    def get_structured_data(self, request):
        """A MedicalClinic for this location, part of the organisation (parentOrganization)."""
        clinic = ClinicSettings.for_request(request)
        url = self.get_full_url(request)
        data = {
            "@context": SCHEMA,
            "@type": CLINIC_TYPES,
            "@id": url + "#location",
            "name": self.title,
            "url": url,
        }
        if self.search_summary:
            data["description"] = self.search_summary
        data.update(place_details(self))
        data["parentOrganization"] = clinic_reference(clinic, request)
        return [data]
