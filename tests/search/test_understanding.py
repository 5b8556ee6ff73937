"""Search understands patients: it reasons through conditions and body areas, lists only pages with
real evidence, answers questions about the clinic with the clinic's pages, and never ends in a bare
"no results"."""

from types import SimpleNamespace

import pytest

from home.models import ContentPage
from search.evidence import evidence
from search.next_steps import closest_conditions
from tests.search.documents import document
from treatments.models import BodyArea, Condition

from .test_search_quality import body_with


def treatment(make_treatment, title, summary, conditions, area, how="It is gentle and safe."):
    page = make_treatment(title, summary=summary, body=body_with(how=how, overview=summary))
    page.conditions = [Condition.objects.get_or_create(name=name)[0] for name in conditions]
    page.body_areas = [BodyArea.objects.get(slug=area)]
    page.save_revision().publish()
    return page


@pytest.fixture
def site(make_treatment, home_page, clinic_settings):
    home_page.hero_text = "<p>Relief for back pain, neck pain and sports injuries in Westminster.</p>"
    home_page.save_revision().publish()
    treatment(
        make_treatment,
        "Shockwave Therapy",
        "Acoustic waves that restart healing in stubborn tendons.",
        ["Plantar fasciitis", "Achilles tendinopathy"],
        "ankle-and-foot",
        how="Most people feel some pain during the first session.",
    )
    treatment(
        make_treatment,
        "Spinal Decompression",
        "Gentle motorised traction that takes pressure off the spine.",
        ["Herniated disc", "Sciatica"],
        "lower-back",
        how="You may feel a stretch but no pain.",
    )
    treatment(
        make_treatment,
        "Ankle Rehabilitation",
        "Exercises that rebuild strength and balance.",
        ["Ankle sprain", "Chronic ankle instability"],
        "ankle-and-foot",
        how="Pain usually eases within weeks.",
    )
    treatment(
        make_treatment,
        "Massage Therapy",
        "Hands-on treatment of muscles and soft tissue.",
        ["Muscle tension"],
        "neck",
        how="Tell your therapist if anything causes pain.",
    )
    about = home_page.add_child(
        instance=ContentPage(
            title="About the clinic",
            slug="about",
            summary="Who we are and how to reach us.",
            body=[
                (
                    "section",
                    {
                        "heading": "Visiting us",
                        "text": "<p>We accept most insurance plans, including Medicare, and offer self-pay rates. "
                        "Free parking is behind the building. We are open weekdays and Saturday mornings. "
                        "Our therapists treat pain of every kind.</p>",
                    },
                )
            ],
        )
    )
    about.save_revision().publish()


def urls(client, q):
    return [r["url"] for r in client.get("/search/", {"q": q, "format": "json"}).json()["results"]]


# Reasoning through the clinic's structure


def test_a_lay_condition_name_finds_the_treatments_that_treat_it(client, site):
    # No page says "slipped" or "disk": the condition "Herniated disc" is what they mean.
    assert urls(client, "slipped disk")[0] == "/treatments/spinal-decompression/"


def test_a_body_area_and_a_symptom_find_treatments_for_conditions_of_that_area(client, site):
    found = urls(client, "my heel is achy")
    assert set(found[:2]) == {"/treatments/shockwave-therapy/", "/treatments/ankle-rehabilitation/"}
    assert "/treatments/spinal-decompression/" not in found


def test_an_activity_injury_finds_the_rehabilitation_that_fits(client, site):
    assert urls(client, "rolled my ankle playing soccer")[0] == "/treatments/ankle-rehabilitation/"


def test_the_snippet_shows_the_evidence_in_the_clinics_words(client, site):
    html = client.get("/search/", {"q": "heel pain first thing in the morning"}).content.decode()
    assert '<p class="result__evidence"><strong>Treats:</strong> Plantar fasciitis</p>' in html


def test_evidence_names_matched_conditions_not_generic_words():
    doc = document(title="Chiro", conditions="Low back pain")
    doc.__dict__.update(conditions=("Low back pain", "Neck pain"), body_areas=("Lower back",))
    assert evidence(doc, {"back"}).treats == ("Low back pain",)
    assert not evidence(doc, {"pain"})  # "pain" alone names no condition
    assert evidence(doc, {"lower"}).body_areas == ("Lower back",)


# Precision


def test_a_common_word_alone_does_not_list_every_page(client, site):
    found = urls(client, "pain")
    assert "/about/" not in found
    assert "/treatments/massage-therapy/" not in found  # says "pain" once, in passing


def test_the_home_page_is_not_a_result_for_symptom_words(client, site):
    assert "/" not in urls(client, "back pain")
    assert urls(client, "back pain")[0] == "/treatments/spinal-decompression/"


@pytest.mark.parametrize(
    "question", ["do you take insurance", "do you take medicare", "how much does it cost", "where do I park", "hours"]
)
def test_a_question_about_the_clinic_is_answered_by_its_own_page_first(client, site, question):
    assert urls(client, question)[0] == "/about/"


# No dead ends


def test_no_results_shows_the_body_area_browse_and_the_phone(client, site):
    html = client.get("/search/", {"q": "xylophone"}).content.decode()
    assert "We could not find a page for that" in html
    assert 'href="/treatments/?area=ankle-and-foot"' in html
    assert 'href="/treatments/?area=lower-back"' in html
    assert 'href="/treatments/?area=knee"' not in html  # no treatment is filed under it
    assert 'href="tel:+13035550142"' in html


def test_a_weak_result_still_offers_next_steps_with_the_closest_conditions(client, site):
    html = client.get("/search/", {"q": "tendons xylophone"}).content.decode()
    assert "Shockwave Therapy" in html
    assert "Not what you were looking for?" in html
    assert 'href="/treatments/?condition=achilles-tendinopathy"' in html


def test_a_good_result_needs_no_next_steps(client, site):
    html = client.get("/search/", {"q": "shockwave therapy"}).content.decode()
    assert "Not what you were looking for?" not in html


def test_closest_conditions_share_meaning_first_then_spelling():
    conditions = [SimpleNamespace(name=n) for n in ["Plantar fasciitis", "Sciatica", "Neck pain", "Low back pain"]]

    def meaning(*keys):
        return SimpleNamespace(concepts=[SimpleNamespace(variants={key: 1.0 for key in keys})])

    found = closest_conditions(conditions, meaning(("sciatica",), ("pain",)), "sciatica")
    assert [c.name for c in found] == ["Sciatica"]  # "pain" alone is no resemblance
    found = closest_conditions(conditions, meaning(("xyz",)), "plantar fascitis")
    assert [c.name for c in found] == ["Plantar fasciitis"]
    assert closest_conditions(conditions, meaning(("xyz",)), "xylophone") == []


def test_evidence_shows_names_not_paragraphs():
    doc = document(title="Chiro")
    doc.__dict__.update(
        conditions=("Sciatica", "Conditions we treat: sciatica, back pain and more", "x" * 61 + " sciatica")
    )
    assert evidence(doc, {"sciatica"}).treats == ("Sciatica",)
