from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import InlinePanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES, ContentStreamBlock
from core.fields import optional_image
from core.models import ClinicSettings
from core.pages import BasePage, SectionsMixin
from core.search_weights import WEIGHTS
from core.structured_data import clinic_entity
from core.takedown import TakedownGuardFormMixin, TakedownGuardMixin
from core.visibility import is_restricted
from core.visible_text import rich_text_pieces, stream_pieces
from readability.pages import PlainLanguageMixin
from readability.panels import PlainLanguagePanel


class HomePageForm(TakedownGuardFormMixin, WagtailAdminPageForm):
    pass


class HomePage(TakedownGuardMixin, BasePage):
    # Not guarded itself, but it holds the appointment page and the treatments: taking it down (or
    # restricting it) takes them down, so that is for administrators (core/takedown.py).
    hero_heading = models.CharField(
        max_length=120,
        blank=True,
        help_text="The main message, e.g. “Move better, hurt less”. Defaults to the page title.",
    )
    hero_text = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text="One or two sentences on who the clinic helps and how.",
    )
    hero_image = optional_image(
        "Optional. A calm, welcoming photo or illustration beside the main message, at least 1200 px wide. "
        "The image's description is read out as its alt text; leave the description empty if it adds nothing."
    )
    featured_heading = models.CharField(
        max_length=120,
        default="Our treatments",
        help_text="The heading above the featured treatments, e.g. “Popular treatments”.",
    )
    # It repeats what other pages say: site search lists it only for its own name (search/ranking.py).
    navigation_search_result = True

    content_panels = Page.content_panels + [
        "hero_heading",
        "hero_text",
        "hero_image",
        "featured_heading",
        InlinePanel(
            "featured_treatments",
            label="Featured treatments",
            help_text="Three or four treatments to show on the home page, in this order.",
        ),
    ]

    search_fields = Page.search_fields + [index.SearchField("hero_text", boost=WEIGHTS["body"])]
    summary_fields = ("search_description", "hero_text")
    base_form_class = HomePageForm

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "treatments.TreatmentIndexPage",
        "people.OurTeamPage",
        "locations.LocationIndexPage",
        "appointments.AppointmentPage",
        "home.ContentPage",
        "trust.FirstVisitPage",
        "trust.InsurancePage",
        "trust.PrivacyNoticePage",
        "trust.AccessibilityStatementPage",
        "trust.NondiscriminationPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def search_document_fields(self):
        """What the home page says to site search, by ranking field (search/ranking.py)."""
        return {"title": [self.title], "summary": [self.search_summary], "body": rich_text_pieces(self.hero_text)}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured_treatments"] = self.get_featured_treatments()
        return context

    def get_structured_data(self, request):
        """The clinic itself (address, phone, hours, map position), described on its home page."""
        return [clinic_entity(ClinicSettings.for_request(request), request)]

    def get_featured_treatments(self):
        # A treatment behind a password or login is not featured to visitors who cannot open it.
        return [
            item.treatment
            for item in self.featured_treatments.select_related("treatment__hero_image")
            if item.treatment.live and not is_restricted(item.treatment)
        ]


class FeaturedTreatment(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_treatments")
    # CASCADE removes only this row when the treatment is deleted; the home page survives.
    treatment = models.ForeignKey(
        "treatments.TreatmentPage",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="A published treatment; drafts are left out until they go live.",
    )

    panels = ["treatment"]


class ContentPage(PlainLanguageMixin, SectionsMixin, BasePage):
    """A plain page for About, Insurance, Directions and the like."""

    summary = models.TextField(
        max_length=300,
        blank=True,
        help_text="One or two sentences for search results and search engines.",
    )
    body = StreamField(
        ContentStreamBlock(),
        blank=True,
        help_text="Text sections, images, questions and answers, callouts and calls to action, in reading order.",
    )

    content_panels = Page.content_panels + ["summary", "body", PlainLanguagePanel()]
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=WEIGHTS["summary"]),
        index.SearchField("body", boost=WEIGHTS["body"]),
    ]
    summary_fields = ("summary", "search_description")

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("content page")

    def search_document_fields(self):
        """What a content page says to site search, by ranking field (search/ranking.py)."""
        return {
            "title": [self.title],
            "summary": [self.search_summary],
            "body": [piece for _block_type, pieces in stream_pieces(self.body) for piece in pieces],
        }
