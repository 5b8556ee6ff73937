"""The demo has Spanish pages: /es/ answers in Spanish and the English dry needling page names its Spanish page."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.models import Page


def load(*args):
    call_command("load_demo_content", *args, stdout=io.StringIO())


@pytest.fixture
def demo(demo_content, db):
    """The demo site (loaded once for the module; each test's changes are rolled back)."""


def test_spanish_demo_pages_answer_in_spanish(demo, client):
    for path in ["/es/", "/es/tratamientos/", "/es/tratamientos/puncion-seca/", "/es/pedir-una-cita/"]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert BeautifulSoup(response.content, "html.parser").html["lang"] == "es", path


def test_english_dry_needling_names_its_spanish_alternate(demo, client):
    page = BeautifulSoup(client.get("/treatments/dry-needling/").content, "html.parser")
    spanish = page.select_one('link[rel="alternate"][hreflang="es"]')
    assert spanish["href"] == "http://localhost/es/tratamientos/puncion-seca/"


def test_the_spanish_treatment_is_not_marked_reviewed_until_a_spanish_reviewer_approves_it(demo):
    from treatments.models import TreatmentPage

    spanish = TreatmentPage.objects.get(slug="puncion-seca")
    assert (spanish.last_reviewed, spanish.reviewed_by) == (None, "")
    assert spanish.get_workflow() is not None  # the Spanish section has the Clinical review workflow


def test_loading_again_creates_nothing_and_if_empty_does_nothing(demo):
    count = Page.objects.count()
    load()
    load("--if-empty")
    assert Page.objects.count() == count
