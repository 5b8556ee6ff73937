"""A visitor searches in their own words and finds the treatment they mean."""

import pytest
from django.core.management import call_command

from home.models import ContentPage
from search.models import Synonym, ZeroResultDailyHits
from tests.conftest import core_body
from treatments.models import BodyArea, Condition


def body_with(
    overview="", how="", benefit=("Relief", "It can help."), safety=("Soreness", "Mild soreness."), conditions=()
):
    body = core_body()
    body[0][1]["text"] = f"<p>{overview}</p>"
    body[1][1]["text"] = f"<p>{how}</p>"
    body[2][1]["items"] = [{"label": benefit[0], "text": benefit[1]}]
    body[3][1]["items"] = [{"label": safety[0], "text": safety[1]}]
    if conditions:
        body.append(("conditions", {"heading": "Conditions we treat", "items": list(conditions)}))
    return body


@pytest.fixture
def clinic(make_treatment, home_page):
    pages = {
        "chiro": make_treatment(
            "Chiropractic Adjustment",
            also_known_as="spinal manipulation",
            summary="Gentle, specific adjustments to the joints of the spine.",
            body=body_with(
                overview="Our chiropractors restore movement to stiff joints.",
                how="A quick, controlled push moves the joint; you may hear a pop.",
                conditions=["Neck pain and stiffness", "Low back pain", "Tension headaches"],
            ),
        ),
        "vestibular": make_treatment(
            "Vestibular Rehabilitation",
            summary="Exercises that retrain the balance system of the inner ear.",
            body=body_with(
                overview="For vertigo and dizziness caused by the inner ear.",
                how="Repositioning manoeuvres and gaze exercises.",
                conditions=["Vertigo", "BPPV", "Unsteadiness"],
            ),
        ),
        "cupping": make_treatment(
            "Cupping Therapy",
            summary="Suction cups lift the skin and muscle to ease tightness.",
            body=body_with(
                overview="Cups create a gentle vacuum.",
                safety=("Circular marks", "Round marks fade within a week."),
                conditions=["Upper back tightness"],
            ),
        ),
        "massage": make_treatment(
            "Massage Therapy",
            summary="Hands-on treatment of muscles and soft tissue.",
            body=body_with(overview="Our licensed massage therapists ease tight muscles.", conditions=["Muscle knots"]),
        ),
        "taping": make_treatment(
            "Kinesiology Taping",
            summary="Stretchy tape that supports joints and reduces swelling.",
            body=body_with(overview="Elastic tape is applied along the muscle."),
        ),
    }
    about = home_page.add_child(
        instance=ContentPage(
            title="About our clinic",
            slug="about",
            summary="We offer chiropractic adjustment, massage and more.",
        )
    )
    about.save_revision().publish()
    return pages


def search(client, q, **params):
    return client.get("/search/", {"q": q, "format": "json", **params}).json()


def first_url(client, q):
    results = search(client, q)["results"]
    return results[0]["url"] if results else None


@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("chiropractic adjustment", "chiropractic-adjustment"),
        ("spinal manipulation", "chiropractic-adjustment"),  # also known as
        ("chiro", "chiropractic-adjustment"),  # partial word
        ("vesti", "vestibular-rehabilitation"),
        ("chiropracter", "chiropractic-adjustment"),  # misspelling
        ("cuping", "cupping-therapy"),
        ("kinesio tapeing", "kinesiology-taping"),
        ("cups", "cupping-therapy"),  # plural
        ("does cupping leave marks", "cupping-therapy"),  # a question, reduced to what matters
        ("bppv", "vestibular-rehabilitation"),
    ],
)
def test_visitor_finds_the_treatment_they_mean(client, clinic, query, slug):
    assert first_url(client, query) == f"/treatments/{slug}/"


def test_synonyms_from_the_default_thesaurus_find_pages_without_the_words(client, clinic):
    # "room spinning" appears on no page; the thesaurus knows it means vertigo.
    assert first_url(client, "room spinning") == "/treatments/vestibular-rehabilitation/"
    assert first_url(client, "back cracking") == "/treatments/chiropractic-adjustment/"


def test_editors_synonyms_take_effect_at_once(client, clinic):
    assert first_url(client, "zorbing") is None
    Synonym.objects.create(term="stretchy tape", equivalents="zorbing")
    assert first_url(client, "zorbing") == "/treatments/kinesiology-taping/"


def test_spelling_correction_is_shown_and_can_be_refused(client, clinic):
    data = search(client, "cups")
    assert data["corrected_query"] == ""  # a word form of a word on the site: nothing to correct
    data = search(client, "chiropracter")
    assert data["corrected_query"] == "chiropractor"
    data = search(client, "cuping")
    assert data["corrected_query"] == "cupping"
    html = client.get("/search/", {"q": "cuping"}).content.decode()
    assert "Showing results for" in html
    assert "cupping" in html
    assert 'href="?q=cuping&amp;exact=1"' in html
    assert search(client, "cuping", exact="1")["results"] == []


def test_title_outranks_conditions_which_outrank_body(client, clinic):
    urls = [r["url"] for r in search(client, "massage")["results"]]
    assert urls[0] == "/treatments/massage-therapy/"
    # The content page mentions massage in its summary but is not a treatment page.
    assert urls.index("/about/") > urls.index("/treatments/massage-therapy/")


def test_a_treatment_outranks_a_content_page_that_mentions_it(client, clinic):
    urls = [r["url"] for r in search(client, "chiropractic adjustment")["results"]]
    assert urls.index("/treatments/chiropractic-adjustment/") < urls.index("/about/")


def test_conditions_count_for_more_than_a_mention_in_the_body(client, clinic, make_treatment):
    make_treatment(
        "Acupuncture",
        summary="Fine needles placed at specific points.",
        body=body_with(how="Some patients mention headaches in passing."),
    )
    urls = [r["url"] for r in search(client, "tension headaches")["results"]]
    # Listed below the treatment that treats it, or (a passing mention is weak evidence) not at all.
    assert "/treatments/acupuncture/" not in urls[: urls.index("/treatments/chiropractic-adjustment/") + 1]


def test_results_page_highlights_matching_words_safely(client, clinic, make_treatment):
    make_treatment(
        "Script Test",
        summary="Watch for <script>alert(1)</script> vertigo tricks.",
        body=body_with(overview="vertigo"),
    )
    html = client.get("/search/", {"q": "vertigo"}).content.decode()
    assert "<mark>vertigo</mark>" in html or "<mark>Vertigo</mark>" in html
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_zero_results_page_offers_a_way_forward_and_is_logged(client, clinic, clinic_settings, home_page):
    html = client.get("/search/", {"q": "xylophone lessons"}).content.decode()
    assert "We could not find a page for that" in html
    assert "tel:+13035550142" in html
    assert "Browse all treatments" in html
    assert ZeroResultDailyHits.objects.get().query.query_string == "xylophone lessons"


def test_suggestions_as_you_type(client, clinic):
    data = client.get("/search/suggest/", {"q": "chir"}).json()
    assert data["suggestions"][0] == {"title": "Chiropractic Adjustment", "url": "/treatments/chiropractic-adjustment/"}
    assert all("/treatments/" in s["url"] for s in data["suggestions"])
    assert client.get("/search/suggest/", {"q": "c"}).json()["suggestions"] == []
    assert client.get("/search/suggest/", {"q": '"\x00*'}).status_code == 200


def test_browse_treatments_by_body_area_and_condition(client, clinic):
    neck = BodyArea.objects.get(slug="neck")
    clinic["chiro"].body_areas = [neck]
    clinic["chiro"].conditions = [Condition.objects.create(name="Whiplash")]
    clinic["chiro"].save_revision().publish()

    html = client.get("/treatments/").content.decode()
    assert 'href="/treatments/?area=neck"' in html
    filtered = client.get("/treatments/", {"area": "neck"}).content.decode()
    assert "Treatments for neck" in filtered
    assert "Chiropractic Adjustment" in filtered
    assert "Cupping Therapy" not in filtered
    by_condition = client.get("/treatments/", {"condition": "whiplash"}).content.decode()
    assert "Chiropractic Adjustment" in by_condition and "Massage Therapy" not in by_condition
    assert client.get("/treatments/", {"area": "\x00<b>"}).status_code == 200


def test_structured_conditions_are_searchable(client, clinic):
    # A made-up name that appears nowhere in the page text: only the structured condition can find it.
    clinic["taping"].conditions = [Condition.objects.create(name="Quibblewick syndrome")]
    clinic["taping"].save_revision().publish()
    assert first_url(client, "quibblewick") == "/treatments/kinesiology-taping/"


def test_importer_files_conditions_and_body_areas(db, treatment_index, tmp_path):
    path = tmp_path / "foot-care.md"
    path.write_text(
        "# Foot Care\n\nCare for sore feet.\n\n## How It Works\n\nWe look at your gait.\n\n"
        "## Benefits\n\n- **Comfort:** Walking feels easier.\n\n## Safety\n\n- **Soreness:** Mild.\n\n"
        "## Conditions We Treat\n\n- Plantar fasciitis\n- Achilles tendinitis\n",
        encoding="utf-8",
    )
    call_command("import_treatments", str(path), "--publish", stdout=open("/dev/null", "w"))  # noqa: SIM115
    from treatments.models import TreatmentPage

    page = TreatmentPage.objects.get(slug="foot-care")
    assert sorted(c.name for c in page.conditions.all()) == ["Achilles tendinitis", "Plantar fasciitis"]
    assert [a.slug for a in page.body_areas.all()] == ["ankle-and-foot"]
