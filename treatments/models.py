from django.db import models
from django.utils.functional import cached_property
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES
from core.models import ClinicSettings
from core.outline import outline
from core.seo import plain_text
from core.structured_data import medical_web_page

from .blocks import TreatmentStreamBlock, empty_core_sections


class TreatmentIndexPage(Page):
    intro = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text="One or two sentences shown above the list of treatments.",
    )

    content_panels = Page.content_panels + ["intro"]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["treatments.TreatmentPage"]
    max_count = 1

    class Meta:
        verbose_name = "treatments index"

    @property
    def search_summary(self):
        return self.search_description or plain_text(self.intro)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["treatments"] = (
            TreatmentPage.objects.child_of(self).live().public().defer_streamfields().order_by("title")
        )
        return context


class TreatmentPage(Page):
    summary = models.TextField(
        max_length=300,
        help_text=(
            "One or two sentences (under 300 characters) saying what the treatment is and who it helps. "
            "Shown in listings, search results and as the page description for search engines."
        ),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Optional. A calm photo of the treatment room or the clinician at work, at least 1600 px wide.",
    )
    also_known_as = models.CharField(
        max_length=255,
        blank=True,
        help_text="Other names patients use, separated by commas, e.g. “trigger point dry needling, IMS”.",
    )
    last_reviewed = models.DateField(
        null=True,
        blank=True,
        help_text="The date a clinician last checked this page for accuracy.",
    )
    reviewed_by = models.CharField(
        max_length=120,
        blank=True,
        help_text="Name and credentials of that clinician, e.g. “Alex Rivera, PT, DPT”.",
    )
    body = StreamField(
        TreatmentStreamBlock(),
        default=empty_core_sections,
        help_text="Overview, How it works, Benefits and Safety are required; add other blocks as needed.",
    )

    content_panels = Page.content_panels + [
        "summary",
        "also_known_as",
        "hero_image",
        "body",
        MultiFieldPanel(
            [FieldRowPanel(["last_reviewed", "reviewed_by"])],
            heading="Clinical review",
        ),
        InlinePanel("related_treatments", label="Related treatments", max_num=6),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("also_known_as", boost=5),
        index.AutocompleteField("also_known_as"),
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
    ]

    parent_page_types = ["treatments.TreatmentIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "treatment"

    @property
    def alternate_names(self):
        return [name.strip() for name in self.also_known_as.split(",") if name.strip()]

    @cached_property
    def sections(self):
        return outline(self.body)

    @property
    def contents(self):
        return [section for section in self.sections if section.heading]

    def get_related_treatments(self, limit=3):
        chosen = [link.treatment for link in self.related_treatments.select_related("treatment") if link.treatment.live]
        if chosen:
            return chosen
        # No editor choice yet: suggest other treatments so the page never ends in a dead end.
        return list(
            TreatmentPage.objects.live()
            .public()
            .sibling_of(self, inclusive=False)
            .defer_streamfields()
            .order_by("title")[:limit]
        )

    @property
    def search_summary(self):
        return self.summary

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_treatments"] = self.get_related_treatments()
        return context

    def get_structured_data(self, request):
        """A MedicalWebPage about this therapy, with its clinical review date and reviewer."""
        therapy = {"@type": "MedicalTherapy", "name": self.title, "description": self.summary}
        if self.alternate_names:
            therapy["alternateName"] = self.alternate_names
        return [
            medical_web_page(
                self,
                request,
                ClinicSettings.for_request(request),
                about=therapy,
                last_reviewed=self.last_reviewed,
                reviewed_by=self.reviewed_by,
            )
        ]


class RelatedTreatment(Orderable):
    page = ParentalKey(TreatmentPage, on_delete=models.CASCADE, related_name="related_treatments")
    # CASCADE removes only this link row when the linked treatment is deleted.
    treatment = models.ForeignKey(TreatmentPage, on_delete=models.CASCADE, related_name="+")

    panels = ["treatment"]
