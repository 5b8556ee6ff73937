"""A small team in two places, with the treatments they provide: the shape of the demo, in miniature."""

import pytest


@pytest.fixture
def team(clinic_with_hours, appointment_page, make_treatment, make_location, make_clinician):
    needling = make_treatment("Dry Needling")
    chiropractic = make_treatment("Chiropractic Care")
    westminster = make_location("Westminster", postal_code="80021")
    arvada = make_location("Arvada")
    return {
        "needling": needling,
        "chiropractic": chiropractic,
        "westminster": westminster,
        "arvada": arvada,
        "marisol": make_clinician(
            "Marisol Ortega",
            credentials=["PT", "DPT"],
            languages=["English", "Spanish"],
            treatments=[needling],
            locations=[westminster, arvada],
        ),
        "jorge": make_clinician(
            "Jorge Castillo",
            job_title="Chiropractor",
            credentials=["DC"],
            languages=["English"],
            treatments=[chiropractic],
            locations=[arvada],
        ),
    }
