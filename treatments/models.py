from django import forms
from django.db import models
from django.db.models import Prefetch
from django.utils.functional import classproperty
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import RICH_TEXT_FEATURES
from core.health_blocks import citations
from core.models import ClinicSettings
from core.page_cache import until_next_change
from core.pages import BasePage, OneQueryChildRouteMixin, SectionsMixin
from core.search_weights import WEIGHTS
from core.sorting import a_to_z
from core.structured_data import medical_web_page
from core.visibility import is_restricted, without_restricted
from core.visible_text import rich_text_pieces, stream_pieces
from readability.pages import PlainLanguageMixin
from readability.panels import PlainLanguagePanel

from .blocks import TreatmentStreamBlock, empty_core_sections
from .changes_since_review import ChangeSinceReview
from .forms import TreatmentPageForm
from .listing import paginate
from .panels import ReviewStampPanel
from .permissions import ClinicalReviewMixin
from .related import RelatedTreatment, suggested_treatments
from .review_dates import default_review_due
from .review_task import ClinicalReviewTask
from .taxonomy import (
    BodyArea,
    Condition,
    find_label,
    in_language,
    names_in,
    translations_of,
    with_names_in_other_languages,
)

__all__ = [
    "BodyArea",
    "ChangeSinceReview",
    "ClinicalReviewTask",
    "Condition",
    "RelatedTreatment",
    "TreatmentIndexPage",
    "TreatmentPage",
]


def with_card_images(treatments):
    """Treatments with their card picture in the same query; its sizes come from Wagtail's rendition cache."""
    return treatments.select_related("hero_image")


class TreatmentIndexPage(ClinicalReviewMixin, OneQueryChildRouteMixin, BasePage):
    intro = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text="One or two sentences shown above the list of treatments.",
    )

    content_panels = Page.content_panels + ["intro"]
    search_fields = Page.search_fields + [index.SearchField("intro", boost=WEIGHTS["body"])]
    summary_fields = ("search_description", "intro")
    # A list of treatments: site search lists it only for its own name, the treatments themselves otherwise.
    navigation_search_result = True

    parent_page_types = ["home.HomePage"]
    subpage_types = ["treatments.TreatmentPage"]
    max_count = 1

    # "Browse by" filters and the list's pages; cached only for areas and conditions that exist and for
    # page numbers as the list writes them, so made-up values cannot fill the cache.
    cache_query_params = ("area", "condition", "page")

    def is_cacheable_variant(self, request, response):
        context = response.context_data
        if "page" in request.GET and request.GET["page"] != str(context["listing"].page.number):
            return False
        return all(context[name] is not None for name in ("area", "condition") if name in request.GET)

    def child_route_queryset(self):
        # A treatment with its fields, hero image and reviewer's page in one query.
        return TreatmentPage.objects.select_related("hero_image", "reviewer_page")

    class Meta:
        verbose_name = _("treatments index")

    def search_document_fields(self):
        """What the treatments index says to site search, by ranking field (search/ranking.py)."""
        return {"title": [self.title], "summary": [self.search_summary], "body": rich_text_pieces(self.intro)}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        treatments = without_restricted(TreatmentPage.objects.child_of(self).live())
        # Treatments in every language are filed under the default language's labels; each is shown with its
        # name and slug in the page's language (one query for the tiles and the chosen area together).
        body_areas = list(BodyArea.objects.filter(treatments__in=treatments).distinct().select_related("image"))
        area = find_label(BodyArea, request.GET.get("area"))
        condition = find_label(Condition, request.GET.get("condition"))
        if area:
            treatments = treatments.filter(body_areas=area)
        if condition:
            treatments = treatments.filter(conditions=condition)
        area_translations = translations_of([*body_areas, area] if area else body_areas)
        context["body_areas"] = in_language(body_areas, translations=area_translations)
        area = in_language([area], translations=area_translations)[0] if area else None
        condition = in_language([condition])[0] if condition else None
        filters = {name: label.slug for name, label in (("area", area), ("condition", condition)) if label}
        listing = paginate(with_card_images(treatments), request.GET.get("page", ""), filters)
        context.update(area=area, condition=condition, listing=listing, treatments=listing.treatments)
        if not filters and listing.page.number > 1:
            # Each page of the whole list is its own page to search engines; a filtered list points
            # to the list, as before.
            context["canonical_url"] = f"{self.get_full_url(request)}?{listing.query(listing.page.number)}"
        return context


class TreatmentPage(ClinicalReviewMixin, PlainLanguageMixin, SectionsMixin, BasePage):
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
    # A string reference: the people app depends on this one, never the other way round.
    reviewer_page = models.ForeignKey(
        "people.ClinicianPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reviewed_treatments",
        help_text="The reviewer's clinician page, when their account is linked to one.",
    )
    next_review_due = models.DateField(
        null=True,
        blank=True,
        help_text=(
            "When a clinician should check this page again. Leave empty for 12 months after the last review; "
            "choose an earlier date when the advice is likely to change sooner."
        ),
    )
    conditions = ParentalManyToManyField(
        "treatments.Condition",
        blank=True,
        related_name="treatments",
        help_text="The conditions this treatment helps with. Visitors browse and search by them.",
    )
    body_areas = ParentalManyToManyField(
        "treatments.BodyArea",
        blank=True,
        related_name="treatments",
        help_text="Where on the body this treatment is used, for “Browse by body area”.",
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
        PlainLanguagePanel(),
        MultiFieldPanel(
            [
                FieldPanel("conditions", widget=forms.CheckboxSelectMultiple),
                FieldPanel("body_areas", widget=forms.CheckboxSelectMultiple),
            ],
            heading="Conditions and body areas",
        ),
        MultiFieldPanel(
            [
                # Approval in the Clinical review workflow sets these two, so the page cannot claim a
                # review that did not happen.
                FieldRowPanel(
                    [
                        ReviewStampPanel(
                            "last_reviewed",
                            read_only=True,
                            help_text="Set when a clinical reviewer approves the page.",
                        ),
                        ReviewStampPanel(
                            "reviewed_by",
                            read_only=True,
                            help_text="The clinical reviewer who approved it.",
                        ),
                        ReviewStampPanel(
                            "reviewer_page",
                            read_only=True,
                            help_text="Their clinician page, which “Reviewed by” links to.",
                        ),
                    ]
                ),
                "next_review_due",
            ],
            heading="Clinical review",
        ),
        InlinePanel(
            "related_treatments",
            label="Related treatments",
            max_num=6,
            help_text="Up to six. Leave empty to suggest other treatments automatically.",
        ),
    ]

    # Retrieval fields for the search backend. Boosts are the ranker's weights (search/ranking.py), so a
    # backend that ranks by itself (Elasticsearch, OpenSearch) orders results the way visitors mean them too.
    search_fields = Page.search_fields + [
        index.SearchField("also_known_as", boost=WEIGHTS["also_known_as"]),
        index.AutocompleteField("also_known_as"),
        # The labels' names in the page's language (a Spanish page is found by "fascitis plantar").
        index.SearchField("condition_names", boost=WEIGHTS["conditions"]),
        index.SearchField("body_area_names", boost=WEIGHTS["body_areas"]),
        index.SearchField("summary", boost=WEIGHTS["summary"]),
        index.SearchField("body", boost=WEIGHTS["body"]),
        index.FilterField("last_reviewed"),
    ]
    summary_fields = ("summary", "search_description")
    # What wagtail-localize translates or copies from the English page. The review fields are left out: each
    # language is reviewed on its own (treatments/language_review.py) and keeps its own dates and reviewer.
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        SynchronizedField("show_in_menus"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("summary"),
        SynchronizedField("hero_image"),
        TranslatableField("also_known_as"),
        TranslatableField("body"),
        SynchronizedField("related_treatments"),
    ]

    # Treatments are what visitors look for: first among equal matches, and the only as-you-type suggestions.
    primary_search_result = True
    # What search_document_fields() reads besides the page's own row, fetched for many pages at once.

    @classproperty
    def search_document_prefetch(cls):
        # The labels come with their names in every language, so a Spanish page's document names them in
        # Spanish. A property: the querysets can only be built once the models are loaded.
        return (
            "locale",
            Prefetch("conditions", queryset=with_names_in_other_languages(Condition.objects.all())),
            Prefetch("body_areas", queryset=with_names_in_other_languages(BodyArea.objects.all())),
        )

    parent_page_types = ["treatments.TreatmentIndexPage"]
    subpage_types = []
    base_form_class = TreatmentPageForm
    # Treatment names are words patients need: no page is marked down for naming a treatment.
    plain_language_names_are_terms = True

    class Meta:
        verbose_name = _("treatment")

    def fill_review_due(self):
        if self.next_review_due is None:
            self.next_review_due = default_review_due(self.last_reviewed)

    # Both paths fill the default, so a published revision and the live page never disagree about it.
    def save(self, *args, **kwargs):
        self.fill_review_due()
        result = super().save(*args, **kwargs)
        # The search index is updated on post_save, before modelcluster writes the conditions and
        # body areas; index again so the backend can find the page by them.
        index.insert_or_update_object(self)
        return result

    def save_revision(self, *args, **kwargs):
        self.fill_review_due()
        return super().save_revision(*args, **kwargs)

    def plain_language_terms(self):
        return [self.title, *self.alternate_names]

    @property
    def alternate_names(self):
        return [name.strip() for name in self.also_known_as.split(",") if name.strip()]

    def get_related_treatments(self, limit=3):
        # A treatment behind a password or login is not offered to visitors who cannot open it. Only
        # their titles, addresses and summaries are shown: their streams are not read.
        links = self.related_treatments.select_related("treatment__hero_image").defer("treatment__body")
        chosen = [link.treatment for link in links if link.treatment.live and not is_restricted(link.treatment)]
        # No editor choice yet: suggest other treatments so the page never ends in a dead end.
        return chosen or suggested_treatments(self, with_card_images(TreatmentPage.objects), limit)

    @classmethod
    def get_indexed_objects(cls):
        # The backend's index reads the labels' names in the page's language, fetched for many pages at once.
        return super().get_indexed_objects().prefetch_related(*cls.search_document_prefetch)

    def condition_names(self):
        """The names of the conditions this page is filed under, in its language where translated."""
        return names_in(self.conditions.all(), self.locale.language_code)

    def body_area_names(self):
        return names_in(self.body_areas.all(), self.locale.language_code)

    def search_document_fields(self):
        """What a treatment says to site search, by ranking field (search/ranking.py).

        The Overview and Conditions sections count as much as the fields they echo; the rest is body text.
        """
        fields = {
            "title": [self.title],
            "also_known_as": [self.also_known_as],
            "summary": [self.search_summary],
            # In the page's language: a Spanish page is found by, and its results say, "Trata: fascitis plantar".
            "conditions": self.condition_names(),
            "body_areas": self.body_area_names(),
            "overview": [],
            "body": [],
        }
        for block_type, pieces in stream_pieces(self.body):
            fields[block_type if block_type in ("overview", "conditions") else "body"] += pieces
        return fields

    @property
    def live_reviewer_page(self):
        page = self.reviewer_page
        return page if page is not None and page.live and not is_restricted(page) else None

    def get_providers(self):
        """The live clinicians who provide this treatment (people.ClinicianPage.treatments, read backwards),
        with the live locations they work at: two queries however many there are."""
        # Models reached through the relation, not imported: the people and locations apps sit above this one.
        location_model = self.providers.model._meta.get_field("locations").related_model
        return list(
            without_restricted(self.providers.live())
            .prefetch_related(Prefetch("locations", queryset=location_model.objects.live().order_by("title")))
            .defer_streamfields()
            .order_by("title")
        )

    def get_providers_and_places(self):
        providers = self.get_providers()
        places = {place.pk: place for person in providers for place in person.locations.all()}
        return {"providers": providers, "provider_locations": a_to_z(places.values(), text=lambda place: place.title)}

    def cached_providers_and_places(self):
        # Clinicians and locations are pages: publishing one starts a new generation.
        return until_next_change(f"treatment-providers:{self.pk}", self.get_providers_and_places)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        is_preview = getattr(request, "is_preview", False)
        if is_preview:
            context["related_treatments"] = self.get_related_treatments()
        else:
            # Every publish (a title, a summary, a treatment going live or away) starts a new generation.
            related = until_next_change(f"related-treatments:{self.pk}", self.get_related_treatments)
            context["related_treatments"] = related
        context.update(self.get_providers_and_places() if is_preview else self.cached_providers_and_places())
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
                reviewed_by=(
                    self.live_reviewer_page.person_reference(request) if self.live_reviewer_page else self.reviewed_by
                ),
                citation=citations(self.body),
            )
        ]
