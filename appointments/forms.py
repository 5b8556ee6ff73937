from django import forms
from wagtail.contrib.forms.forms import FormBuilder

from core.sorting import a_to_z

# Browsers autofill these fields when told what they hold (WCAG 1.3.5, identify input purpose).
AUTOCOMPLETE = {"name": "name", "full_name": "name", "your_name": "name", "email": "email"}


class AppointmentFormBuilder(FormBuilder):
    def create_phone_field(self, field, options):
        return forms.CharField(
            max_length=30,
            widget=forms.TelInput(attrs={"autocomplete": "tel"}),
            **options,
        )

    def create_treatment_field(self, field, options):
        from core.page_cache import without_restricted
        from treatments.models import TreatmentPage

        titles = a_to_z(without_restricted(TreatmentPage.objects.live()).values_list("title", flat=True))
        options["choices"] = [("", "Not sure yet / something else")] + [(t, t) for t in titles]
        return forms.ChoiceField(**options)

    @property
    def formfields(self):
        fields = super().formfields
        for name, field in fields.items():
            if name in AUTOCOMPLETE:
                field.widget.attrs.setdefault("autocomplete", AUTOCOMPLETE[name])
        return fields
