import io

import pytest
from django.core.management import call_command
from wagtail.models import Page, Site

from appointments.models import AppointmentPage
from core.models import ClinicSettings
from home.models import ContentPage, HomePage
from treatments.models import TreatmentIndexPage, TreatmentPage


def load(*args):
    out = io.StringIO()
    call_command("load_demo_content", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def demo(demo_content, db):
    """The demo site (loaded once for the module; each test's changes are rolled back)."""


def test_demo_builds_the_whole_site(demo, client):
    home = HomePage.objects.get(locale__language_code="en")
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific == home
    assert TreatmentIndexPage.objects.get(locale__language_code="en").url == "/treatments/"
    assert TreatmentPage.objects.live().count() >= 8
    assert AppointmentPage.objects.live().filter(locale__language_code="en").count() == 1
    assert ContentPage.objects.live().filter(slug="about").exists()
    assert home.featured_treatments.count() >= 3
    clinic = ClinicSettings.for_site(site)
    assert (clinic.locality, clinic.region) == ("Westminster", "CO")
    assert clinic.phone and clinic.opening_hours
    for path in ["/", "/treatments/", "/treatments/dry-needling/", "/request-an-appointment/", "/about/"]:
        assert client.get(path).status_code == 200, path


def test_dry_needling_comes_from_the_seed_in_the_four_core_sections(demo):
    page = TreatmentPage.objects.get(slug="dry-needling")
    assert page.title == "Dry Needling"
    blocks = list(page.body)
    assert [b.block_type for b in blocks] == ["overview", "how_it_works", "benefits", "safety"]
    overview, how, benefits, safety = (b.value for b in blocks)
    assert "insertion of thin, solid needles into specific trigger points" in overview["text"].source
    assert how["heading"] == "How Dry Needling Works"
    assert "localized twitch response" in how["text"].source
    assert [item["label"] for item in benefits["items"]] == [
        "Pain Relief",
        "Improved Range of Motion",
        "Muscle Function",
        "Complementary Therapy",
        "Musculoskeletal Conditions",
    ]
    assert [item["label"] for item in safety["items"]] == [
        "Discomfort",
        "Side Effects",
        "Individual Response",
        "Pre-existing Conditions",
    ]
    assert "typically brief and tolerable" in safety["items"][0]["text"]


def test_every_demo_treatment_has_the_core_sections(demo):
    for page in TreatmentPage.objects.filter(locale__language_code="en"):
        types = [b.block_type for b in page.body]
        assert {"overview", "how_it_works", "benefits", "safety"} <= set(types), page.slug
        assert page.summary and len(page.summary) <= 300
        assert page.last_reviewed is not None


def test_loading_twice_changes_nothing(demo):
    before = list(Page.objects.order_by("path").values_list("path", "title", "live"))
    revisions = TreatmentPage.objects.get(slug="dry-needling").revisions.count()
    load()
    assert list(Page.objects.order_by("path").values_list("path", "title", "live")) == before
    assert TreatmentPage.objects.get(slug="dry-needling").revisions.count() == revisions


def test_editor_changes_survive_a_reload(demo):
    page = TreatmentPage.objects.get(slug="dry-needling")
    page.summary = "Edited by the marketing team."
    page.save_revision().publish()
    load()
    assert TreatmentPage.objects.get(slug="dry-needling").summary == "Edited by the marketing team."


def test_if_empty_leaves_an_existing_site_alone(demo):
    TreatmentPage.objects.get(slug="therapeutic-massage").delete()
    assert "not loaded" in load("--if-empty")
    assert not TreatmentPage.objects.filter(slug="therapeutic-massage").exists()
