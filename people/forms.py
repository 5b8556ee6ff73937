"""The clinician page's editor form: choices limited to what a patient could open."""

from django.contrib.auth import get_user_model
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Locale

from core.roles import CLINICAL_REVIEWERS
from treatments.models import TreatmentPage

from .taxonomy import Credential


class ClinicianPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "treatments" in self.fields:
            # Live treatments, plus any already chosen that has since gone offline, so saving never fails on it.
            chosen = self.instance.treatments.all() if self.instance.pk else TreatmentPage.objects.none()
            live = TreatmentPage.objects.live()
            self.fields["treatments"].queryset = (live | chosen).distinct().order_by("title")
        if "credentials" in self.fields:
            # Pages in every language are filed under the default language's credentials; translations only
            # say what they mean, so they are not offered twice.
            self.fields["credentials"].queryset = Credential.objects.filter(locale=Locale.get_default())
        if "reviewer_account" in self.fields:
            # Only a clinical reviewer's approval names a clinician; other accounts are not offered.
            self.fields["reviewer_account"].queryset = (
                get_user_model().objects.filter(groups__name=CLINICAL_REVIEWERS).order_by("last_name", "first_name")
            )
