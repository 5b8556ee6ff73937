"""The treatment page's editor form: what Wagtail's form does, plus the limits of clinical review."""

from django.core.exceptions import ValidationError
from wagtail.admin.forms import WagtailAdminPageForm

from .review_dates import due_date_error


class TreatmentPageForm(WagtailAdminPageForm):
    def clean_next_review_due(self):
        # Approval would cut a later date back to the interval anyway; say so while the editor can still choose.
        due = self.cleaned_data.get("next_review_due")
        if error := due_date_error(due):
            raise ValidationError(error)
        return due
