import re

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from .places import offered_titles

# Browsers autofill these fields when told what they hold (WCAG 1.3.5, identify input purpose).
AUTOCOMPLETE = {
    "name": "name",
    "full_name": "name",
    "your_name": "name",
    "email": "email",
    # The Spanish form's questions (demo/spanish.py).
    "nombre": "name",
    "nombre_completo": "name",
    "correo_electronico": "email",
}


# core.spreadsheets.CONTROL_CHARACTERS without NUL, which Django's own check refuses with a message.
INVISIBLE = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]")


def strip_invisible(value):
    return INVISIBLE.sub("", value)


def without_control_characters(data):
    """The posted answers without control characters (other than tab and line breaks): pasted text can
    carry them, they mean nothing to the front desk, and they break spreadsheets and some databases.
    Removed before validation, so nobody is refused for a character they cannot see."""
    if isinstance(data, QueryDict):
        cleaned = data.copy()
        for key in cleaned:
            cleaned.setlist(key, [strip_invisible(value) for value in data.getlist(key)])
        return cleaned
    return {key: strip_invisible(value) if isinstance(value, str) else value for key, value in data.items()}


class AppointmentForm(BaseForm):
    def __init__(self, data=None, *args, **kwargs):
        if data is not None:
            data = without_control_characters(data)
        super().__init__(data, *args, **kwargs)


class AppointmentFormBuilder(FormBuilder):
    def create_phone_field(self, field, options):
        return forms.CharField(
            max_length=30,
            widget=forms.TelInput(attrs={"autocomplete": "tel"}),
            **options,
        )

    def create_treatment_field(self, field, options):
        titles = self.offered_titles("treatment")
        options["choices"] = [("", gettext("Not sure yet / something else"))] + [(t, t) for t in titles]
        return forms.ChoiceField(**options)

    def offered_titles(self, kind):
        if not hasattr(self, "_offered_titles"):
            self._offered_titles = offered_titles()
        return self._offered_titles[kind]

    def create_location_field(self, field, options):
        options["choices"] = [("", gettext("No preference"))] + [
            (title, title) for title in self.offered_titles("location")
        ]
        return forms.ChoiceField(**options)

    def create_clinician_field(self, field, options):
        options["choices"] = [("", gettext("No preference"))] + [
            (title, title) for title in self.offered_titles("clinician")
        ]
        return forms.ChoiceField(**options)

    def get_form_class(self):
        return type("WagtailForm", (AppointmentForm,), self.formfields)

    @property
    def formfields(self):
        fields = super().formfields
        for name, field in fields.items():
            if name in AUTOCOMPLETE:
                field.widget.attrs.setdefault("autocomplete", AUTOCOMPLETE[name])
        return fields
