"""Spanish versions of the test site's pages, made as wagtail-localize and the demo make them."""

import pytest

from appointments.models import AppointmentFormField
from core.roles import TRANSLATORS
from demo.spanish import APPOINTMENT_FIELDS


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
