"""The clinician page's editor form: choices limited to what a patient could open."""

from django.contrib.auth import get_user_model
from wagtail.admin.forms import WagtailAdminPageForm

from core.roles import CLINICAL_REVIEWERS
from treatments.models import TreatmentPage


class ClinicianPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "treatments" in self.fields:
            # Live treatments, plus any already chosen that has since gone offline, so saving never fails on it.
            chosen = self.instance.treatments.all() if self.instance.pk else TreatmentPage.objects.none()
            live = TreatmentPage.objects.live()
            self.fields["treatments"].queryset = (live | chosen).distinct().order_by("title")
        if "reviewer_account" in self.fields:
            # Only a clinical reviewer's approval names a clinician; other accounts are not offered.
            self.fields["reviewer_account"].queryset = (
                get_user_model().objects.filter(groups__name=CLINICAL_REVIEWERS).order_by("last_name", "first_name")
            )
