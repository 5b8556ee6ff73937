"""Spanish versions of the test site's pages, made as wagtail-localize and the demo make them."""

import pytest
from wagtail.models import Locale

from appointments.models import AppointmentFormField
from core.roles import TRANSLATORS
from demo.spanish import APPOINTMENT_FIELDS
from treatments.language_review import approved_publish


@pytest.fixture
def spanish_locale(db):
    locale, _ = Locale.objects.get_or_create(language_code="es")
    return locale


@pytest.fixture
def translate(spanish_locale):
    """Spanish copy of ``page`` with ``fields``, published (as if reviewed) unless ``live=False``."""

    def make(page, live=True, **fields):
        translation = page.copy_for_translation(spanish_locale).specific
        for name, value in fields.items():
            setattr(translation, name, value)
        translation.save()
        revision = translation.save_revision()
        if live:
            with approved_publish():
                revision.publish()
        return type(translation).objects.get(pk=translation.pk)

    return make


@pytest.fixture
def spanish_home(home_page, translate):
    return translate(home_page, title="Inicio", slug="inicio", hero_heading="Muévase mejor")


@pytest.fixture
def spanish_index(treatment_index, spanish_home, translate):
    return translate(treatment_index, title="Tratamientos", slug="tratamientos")


@pytest.fixture
def dry_needling(make_treatment):
    return make_treatment("Dry Needling")


@pytest.fixture
def puncion_seca(dry_needling, spanish_index, translate):
    return translate(dry_needling, title="Punción seca", slug="puncion-seca", summary="Agujas finas para el dolor.")


@pytest.fixture
def spanish_appointment_page(appointment_page, spanish_home, translate):
    fields = [
        AppointmentFormField(label=label, field_type=kind, required=required, choices=choices, help_text=help_text)
        for label, kind, required, choices, help_text in APPOINTMENT_FIELDS
    ]
    return translate(appointment_page, title="Pedir una cita", slug="pedir-una-cita", form_fields=fields)


@pytest.fixture
def translator(make_staff):
    return make_staff("tomas", TRANSLATORS, "Tomás", "Navarro")
