"""The people behind the care: an "Our team" index at /our-team/ and one page per clinician.

A clinician page states credentials, so, like a treatment, it goes live only through the Clinical
review workflow (treatments.permissions.ClinicalReviewMixin, people/review.py). The treatments a
clinician provides and the locations they work at are chosen here; treatment and location pages read
them back through the reverse relations (``providers``, ``clinicians``), so those apps never import this one.
"""

from django import forms
from django.conf import settings
from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES
from core.models import ClinicSettings
from core.pages import BasePage, OneQueryChildRouteMixin
from core.renditions import with_portraits
from core.search_weights import WEIGHTS
from core.seo import plain_text
from core.sorting import a_to_z
from core.structured_data import SCHEMA, clinic_reference
from core.visibility import is_restricted, without_restricted
from core.visible_text import rich_text_pieces
from locations.models import LocationPage
from treatments.models import TreatmentPage
from treatments.permissions import ClinicalReviewMixin

from .filters import TeamFilters
from .forms import ClinicianPageForm
from .taxonomy import Credential, Language

__all__ = ["ClinicianPage", "Credential", "Language", "OurTeamPage"]


def visible(pages):
    """The live, public ones of ``pages``, A to Z."""
    return a_to_z([page for page in pages if page.live and not is_restricted(page)], text=lambda page: page.title)


class OurTeamPage(ClinicalReviewMixin, OneQueryChildRouteMixin, BasePage):
    intro = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text="One or two sentences shown above the team, e.g. how the clinicians work together.",
    )

    content_panels = Page.content_panels + ["intro"]
    search_fields = Page.search_fields + [index.SearchField("intro", boost=WEIGHTS["body"])]
    summary_fields = ("search_description", "intro")

    parent_page_types = ["home.HomePage"]
    subpage_types = ["people.ClinicianPage"]
    max_count = 1

    # The filters; cached only for values that match something, so made-up values cannot fill the cache.
    cache_query_params = TeamFilters.params

    class Meta:
        verbose_name = _("team index")

    def is_cacheable_variant(self, request, response):
        return response.context_data["filters"].all_known

    def search_document_fields(self):
        return {"title": [self.title], "summary": [self.search_summary], "body": rich_text_pieces(self.intro)}

    def child_route_queryset(self):
        return ClinicianPage.objects.select_related("portrait")

    def team(self):
        """Every live clinician of this index, with what their cards show, in five queries whatever the size."""
        return list(
            with_portraits(without_restricted(ClinicianPage.objects.child_of(self).live()))
            .prefetch_related(
                "credentials",
                "languages",
                Prefetch("locations", queryset=LocationPage.objects.live().only("id", "title", "slug")),
                Prefetch(
                    "treatments", queryset=TreatmentPage.objects.live().only("id", "title", "slug").order_by("title")
                ),
            )
            .order_by("title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = TeamFilters(self.team(), request.GET)
        context.update(filters=filters, clinicians=filters.matching)
        return context


class ClinicianPage(ClinicalReviewMixin, BasePage):
    job_title = models.CharField(
        max_length=120, help_text="What patients would call them, e.g. “Physical therapist” or “Chiropractor”."
    )
    credentials = ParentalManyToManyField(
        Credential,
        blank=True,
        related_name="clinicians",
        help_text="Licences, degrees and certifications. Patients see what each means when they tap it.",
    )
    portrait = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Optional. A friendly head-and-shoulders photo, square, at least 800 px. Without one, initials show.",
    )
    portrait_alt = models.CharField(
        "portrait description",
        max_length=200,
        blank=True,
        help_text="Optional. Leave empty for a plain portrait (the name is beside it); describe anything more.",
    )
    bio = RichTextField(
        features=RICH_TEXT_FEATURES,
        help_text="A short, friendly introduction: their experience, what they enjoy treating, outside work.",
    )
    treatments = ParentalManyToManyField(
        "treatments.TreatmentPage",
        blank=True,
        related_name="providers",
        help_text="The treatments they provide. Their treatment pages list them.",
    )
    languages = ParentalManyToManyField(
        Language, blank=True, related_name="clinicians", help_text="Languages they treat patients in."
    )
    locations = ParentalManyToManyField(
        "locations.LocationPage",
        blank=True,
        related_name="clinicians",
        help_text="Where they work. Each location page lists them.",
    )
    accepting_new_patients = models.BooleanField(default=True)
    reviewer_account = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="clinician_pages",
        help_text=(
            "Only for a clinical reviewer: their sign-in account. Treatment pages they approve then link "
            "to this page as the reviewer."
        ),
    )

    content_panels = Page.content_panels + [
        "job_title",
        FieldPanel("credentials", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(["portrait", "portrait_alt"], heading="Portrait"),
        "bio",
        FieldPanel("treatments", widget=forms.CheckboxSelectMultiple),
        FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
        FieldPanel("locations", widget=forms.CheckboxSelectMultiple),
        "accepting_new_patients",
        "reviewer_account",
    ]
    search_fields = Page.search_fields + [
        index.SearchField("job_title", boost=WEIGHTS["summary"]),
        index.AutocompleteField("title"),
        index.RelatedFields(
            "credentials",
            [
                index.SearchField("abbreviation", boost=WEIGHTS["summary"]),
                index.SearchField("meaning", boost=WEIGHTS["summary"]),
            ],
        ),
        index.RelatedFields("languages", [index.SearchField("name", boost=WEIGHTS["summary"])]),
        index.RelatedFields(
            "locations",
            [
                index.SearchField("title", boost=WEIGHTS["summary"]),
                index.SearchField("locality", boost=WEIGHTS["summary"]),
            ],
        ),
        index.SearchField("bio", boost=WEIGHTS["body"]),
    ]
    summary_fields = ("search_description", "bio")
    search_document_prefetch = ("credentials", "languages", "locations")

    parent_page_types = ["people.OurTeamPage"]
    subpage_types = []
    base_form_class = ClinicianPageForm

    class Meta:
        verbose_name = _("clinician")

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        # As for treatments: index again once modelcluster has written credentials, languages and locations.
        index.insert_or_update_object(self)
        return result

    @property
    def initials(self):
        """The portrait's stand-in: first letters of the first and last name ("Ana María Soto" → "AS")."""
        words = [word for word in self.title.split() if word[:1].isalpha()]
        return "".join(word[0] for word in (words[:1] + words[1:][-1:])).upper()

    @property
    def credential_letters(self):
        return ", ".join(credential.abbreviation for credential in self.credentials.all())

    # Read through .all() so prefetched lists (the team index) and previews (unsaved choices) both work.
    @cached_property
    def live_treatments(self):
        return visible(self.treatments.all())

    @cached_property
    def live_locations(self):
        return visible(self.locations.all())

    def search_document_fields(self):
        """What a clinician says to site search: the name as a title; job, credentials, languages and
        places as a summary, so "spanish speaking physical therapist" and "chiropractor arvada" find them."""
        credentials = self.credentials.all()
        return {
            "title": [self.title],
            "summary": [
                self.job_title,
                *(credential.abbreviation for credential in credentials),
                *(credential.meaning_in(self.locale.language_code) for credential in credentials),
                *(language.name for language in self.languages.all()),
                *(f"{place.title} {place.locality}" for place in self.locations.all()),
            ],
            "body": rich_text_pieces(self.bio),
        }

    def get_context(self, request, *args, **kwargs):
        # Everything the page shows of its relations in four queries, read again from memory by the template.
        prefetch_related_objects(
            [self],
            "credentials",
            "languages",
            Prefetch("locations", queryset=LocationPage.objects.live()),
            Prefetch("treatments", queryset=TreatmentPage.objects.live().defer_streamfields()),
        )
        context = super().get_context(request, *args, **kwargs)
        context["clinic"] = ClinicSettings.for_request(request)
        return context

    def person_type(self):
        return "Physician" if any(credential.is_physician for credential in self.credentials.all()) else "Person"

    def person_reference(self, request):
        """This clinician as a node other entities point to (a treatment page's reviewedBy)."""
        url = self.get_full_url(request)
        return {"@type": self.person_type(), "@id": url + "#person", "name": self.title, "url": url}

    def get_structured_data(self, request):
        """A Person (a Physician for a medical doctor) with job title, languages, credentials and workplaces."""
        clinic = ClinicSettings.for_request(request)
        data = {"@context": SCHEMA, **self.person_reference(request), "jobTitle": self.job_title}
        if self.search_summary:
            data["description"] = plain_text(self.search_summary)
        credentials = list(self.credentials.all())
        if credentials:
            data["honorificSuffix"] = self.credential_letters
            data["hasCredential"] = [
                {
                    "@type": "EducationalOccupationalCredential",
                    "name": credential.shown_meaning,
                    "alternateName": credential.abbreviation,
                }
                for credential in credentials
            ]
        languages = list(self.languages.all())
        if languages:
            data["knowsLanguage"] = [language.code for language in languages]
        organisation = clinic_reference(clinic, request)
        data["worksFor"] = organisation
        data["memberOf"] = organisation
        if self.live_locations:
            data["workLocation"] = [
                {"@type": "MedicalClinic", "@id": place.get_full_url(request) + "#location", "name": place.title}
                for place in self.live_locations
            ]
        if self.portrait:
            data["image"] = request.build_absolute_uri(self.portrait.get_rendition("fill-800x800-c100").url)
        return [data]
