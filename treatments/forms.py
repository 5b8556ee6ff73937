"""The treatment page's editor form: what Wagtail's form does, plus the limits of clinical review."""

from django.core.exceptions import ValidationError
from wagtail.admin.forms import WagtailAdminPageForm

from .review_dates import due_date_error
from .taxonomy import BodyArea, Condition, default_labels

# Treatments in every language are filed under the default language's labels; their translations only name them.
LABEL_FIELDS = {"conditions": Condition, "body_areas": BodyArea}


class TreatmentPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, model in LABEL_FIELDS.items():
            if name in self.fields:
                self.fields[name].queryset = default_labels(model)

    def clean_next_review_due(self):
        # Approval would cut a later date back to the interval anyway; say so while the editor can still choose.
        due = self.cleaned_data.get("next_review_due")
        if error := due_date_error(due):
            raise ValidationError(error)
        return due
