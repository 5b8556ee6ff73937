"""Which treatment, location and (optionally) clinician an appointment request is for.

The form's "Location" and "Preferred clinician" questions list live pages (appointments/forms.py); the
answer is stored in the request like any other (the page's title, readable in the list and the export),
and the location is also recorded in this side table, so the front desk's list filters by it and its
notification goes to that location's own address. Neither says anything about the patient's health.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.validators import slug_unicode_re as slug_re
from django.db import models
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Page

from core.languages import current_language
from core.sorting import a_to_z
from core.visibility import without_restricted
from locations.models import LocationPage
from people.models import ClinicianPage
from treatments.models import TreatmentPage


class RequestLocation(models.Model):
    submission = models.OneToOneField(
        FormSubmission, on_delete=models.CASCADE, primary_key=True, related_name="appointment_location"
    )
    # A location page taken down later leaves the request (and its stored answer) as it was.
    location = models.ForeignKey(LocationPage, null=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = "appointment request location"

    def __str__(self):
        return str(self.location or "")


CHOICE_MODELS = {"treatment": TreatmentPage, "location": LocationPage, "clinician": ClinicianPage}


def offered_titles():
    """{"treatment": [...], "location": [...], "clinician": [...]}: titles of the live, public pages a patient
    may choose, A to Z, in one query for the three lists (titles are all the form needs)."""
    type_ids = {ContentType.objects.get_for_model(model).pk: kind for kind, model in CHOICE_MODELS.items()}
    # Pages in the form's own language: the Spanish form lists the Spanish pages.
    pages = Page.objects.live().filter(content_type_id__in=type_ids, locale__language_code=current_language())
    rows = without_restricted(pages).values_list("content_type_id", "title")
    titles = {kind: [] for kind in CHOICE_MODELS}
    for type_id, title in rows:
        titles[type_ids[type_id]].append(title)
    return {kind: a_to_z(names) for kind, names in titles.items()}


def title_for_slug(model, slug):
    """The title of the live page of ``model`` with ``slug`` (a ?location= / ?clinician= link), or None."""
    # Only a well-formed slug reaches the database (PostgreSQL rejects NUL characters).
    if not slug or len(slug) > 255 or not slug_re.fullmatch(slug):
        return None
    pages = without_restricted(model.objects.live()).filter(slug=slug, locale__language_code=current_language())
    return pages.values_list("title", flat=True).first()


def record_location(submission, title):
    """Link a stored request to the live location it names (the choice was validated against their titles)."""
    if not title:
        return None
    location = without_restricted(LocationPage.objects.live()).filter(title=title).order_by("pk").first()
    if location is not None:
        RequestLocation.objects.create(submission=submission, location=location)
    return location
