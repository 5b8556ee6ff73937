"""Which location (and, optionally, which clinician) an appointment request is for.

The form's "Location" and "Preferred clinician" questions list live pages (appointments/forms.py); the
answer is stored in the request like any other (the page's title, readable in the list and the export),
and the location is also recorded in this side table, so the front desk's list filters by it and its
notification goes to that location's own address. Neither says anything about the patient's health.
"""

from django.core.validators import slug_unicode_re as slug_re
from django.db import models
from wagtail.contrib.forms.models import FormSubmission

from core.sorting import a_to_z
from core.visibility import without_restricted
from locations.models import LocationPage
from people.models import ClinicianPage


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


def offered(model):
    """The live, public pages of ``model`` a patient may choose, A to Z."""
    return a_to_z(without_restricted(model.objects.live()).defer_streamfields(), text=lambda page: page.title)


def offered_locations():
    return offered(LocationPage)


def offered_clinicians():
    return offered(ClinicianPage)


def title_for_slug(model, slug):
    """The title of the live page of ``model`` with ``slug`` (a ?location= / ?clinician= link), or None."""
    # Only a well-formed slug reaches the database (PostgreSQL rejects NUL characters).
    if not slug or len(slug) > 255 or not slug_re.fullmatch(slug):
        return None
    return without_restricted(model.objects.live()).filter(slug=slug).values_list("title", flat=True).first()


def record_location(submission, title):
    """Link a stored request to the live location it names (the choice was validated against their titles)."""
    if not title:
        return None
    location = without_restricted(LocationPage.objects.live()).filter(title=title).order_by("pk").first()
    if location is not None:
        RequestLocation.objects.create(submission=submission, location=location)
    return location
