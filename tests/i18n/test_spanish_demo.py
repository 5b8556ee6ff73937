"""The demo has Spanish pages: /es/ answers in Spanish and the English dry needling page names its Spanish page."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.models import Page

from demo.spanish_labels import BODY_AREAS, CONDITIONS, TESTIMONIALS
from demo.trust_pages import TESTIMONIALS as ENGLISH
from treatments.models import BodyArea, Condition
from trust import testimonials  # not its class by name: pytest would take "Testimonial…" for a test class


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


def spanish_names(model):
    return set(model.objects.filter(locale__language_code="es").values_list("name", flat=True))


def test_every_demo_condition_and_body_area_has_its_spanish_name(demo):
    for model, names in ((Condition, CONDITIONS), (BodyArea, BODY_AREAS)):
        english = set(model.objects.filter(locale__language_code="en").values_list("name", flat=True))
        assert english <= set(names), f"{model.__name__} without a Spanish name: {english - set(names)}"
        assert spanish_names(model) == {names[name] for name in english}


def test_the_spanish_dry_needling_page_lists_its_conditions_in_spanish(demo, client):
    page = BeautifulSoup(client.get("/es/tratamientos/puncion-seca/").content, "html.parser")
    listed = [item.get_text(strip=True) for item in page.select(".conditions-list li")]
    assert "Dolor de cuello" in listed and "Nudos musculares y puntos gatillo" in listed
    assert not {"Neck pain", "Muscle knots and trigger points"} & set(listed)


def test_the_spanish_index_tiles_are_the_spanish_body_areas(demo, client):
    page = BeautifulSoup(client.get("/es/tratamientos/").content, "html.parser")
    tiles = {a.get_text(strip=True): a["href"] for a in page.select(".browse__tile a")}
    assert tiles["Rodilla"] == "/es/tratamientos/?area=rodilla"
    assert tiles["Tobillo y pie"] == "/es/tratamientos/?area=tobillo-y-pie"
    assert not {"Knee", "Ankle and foot", "Lower back"} & set(tiles)
    filtered = BeautifulSoup(client.get("/es/tratamientos/?area=rodilla").content, "html.parser")
    assert filtered.h1.get_text(strip=True) == "Tratamientos para rodilla"


def test_a_spanish_demo_search_says_what_it_treats_in_spanish(demo, client):
    page = BeautifulSoup(client.get("/es/search/", {"q": "fascitis plantar"}).content, "html.parser")
    evidence = [p.get_text(" ", strip=True) for p in page.select(".result__evidence")]
    assert any(text.startswith("Trata:") and "Fascitis plantar y dolor de talón" in text for text in evidence)
    assert not any("Plantar fasciitis" in text for text in evidence)


def test_the_spanish_home_shows_only_spanish_testimonials(demo, client):
    def names(path):
        page = BeautifulSoup(client.get(path).content, "html.parser")
        return {name.get_text(strip=True) for name in page.select(".testimonials .testimonial__name")}

    spanish, english = {name for _, name, *_ in TESTIMONIALS}, {name for _, name, *_ in ENGLISH}
    assert names("/es/") and names("/es/") <= spanish
    assert names("/") and names("/") <= english


def test_loading_again_adds_no_translations_or_testimonials(demo):
    before = [model.objects.count() for model in (Condition, BodyArea, testimonials.Testimonial)]
    load()
    assert [model.objects.count() for model in (Condition, BodyArea, testimonials.Testimonial)] == before
