"""The importer files a page under the clinic's conditions: those its list names, and the existing ones its
descriptive text names (overview, how it works, benefits, sections about who it helps), never those its
safety text or FAQ answers mention, and never a new condition made from prose."""

import pytest

from tests.treatments.importing import run, write
from treatments.importer import import_treatment, parse_text
from treatments.importer.prose import descriptive_sentences, read_word_for_word
from treatments.models import TreatmentPage
from treatments.taxonomy import BodyArea, Condition


def page_text(overview, conditions=(), safety="- **Soreness:** You may feel sore for a day.", extra=""):
    listed = "".join(f"- {name}\n" for name in conditions)
    conditions_section = f"\n## Conditions We Treat\n\n{listed}" if conditions else ""
    return f"""\
# Heel Therapy

{overview}

## How It Works

Your clinician works on the sole of the foot with steady pressure.

## Benefits of Heel Therapy

- **Comfort:** Walking feels easier after a few sessions.

## Safety and Considerations

{safety}
{conditions_section}{extra}"""


def imported(treatment_index, text):
    page, _created = import_treatment(parse_text(text, name="heel-therapy.md"), parent=treatment_index)
    return page


def names(page):
    return sorted(label.name for label in page.conditions.all())


def test_a_condition_named_in_the_overview_files_the_page_and_its_body_area(treatment_index):
    Condition.objects.create(name="Plantar fasciitis")

    page = imported(treatment_index, page_text("Heel therapy eases plantar fasciitis in runners and walkers."))

    assert names(page) == ["Plantar fasciitis"]
    assert [area.name for area in page.body_areas.all()] == ["Ankle and foot"]


def test_a_plural_in_another_case_names_the_condition(treatment_index):
    Condition.objects.create(name="Tension headache")

    page = imported(treatment_index, page_text("Many clients come to us with TENSION HEADACHES after desk work."))

    assert names(page) == ["Tension headache"]


def test_prose_names_only_existing_conditions(treatment_index):
    before = set(Condition.objects.values_list("name", flat=True))

    page = imported(treatment_index, page_text("It helps people with sciatica and plantar fasciitis."))

    assert names(page) == []
    assert set(Condition.objects.values_list("name", flat=True)) == before


def test_safety_text_and_exclusions_do_not_file_the_page(treatment_index):
    Condition.objects.create(name="Osteoporosis")
    Condition.objects.create(name="Deep vein thrombosis")
    faq = (
        "\n## Frequently Asked Questions\n\n### Can I have it with osteoporosis?\n\n"
        "We adapt the pressure for people with osteoporosis.\n"
    )
    text = page_text(
        "Heel therapy eases foot pain. It is not suitable for people with deep vein thrombosis.",
        safety="- **Bone health:** Not for people with osteoporosis.\n- **Clots:** Tell us about deep vein thrombosis.",
        extra=faq,
    )

    page = imported(treatment_index, text)

    assert names(page) == []


def test_a_section_about_who_it_helps_files_the_page(treatment_index):
    Condition.objects.create(name="Plantar fasciitis")
    who = "\n## Who Can It Help?\n\nPeople whose plantar fasciitis has lasted for months.\n"

    page = imported(treatment_index, page_text("Heel therapy is a hands-on treatment.", extra=who))

    assert names(page) == ["Plantar fasciitis"]


def test_an_explicit_list_still_adds_and_files_its_conditions(treatment_index):
    Condition.objects.create(name="Plantar fasciitis")

    page = imported(
        treatment_index,
        page_text("Heel therapy eases plantar fasciitis.", conditions=["Heel spurs", "plantar fasciitis"]),
    )

    assert names(page) == ["Heel spurs", "Plantar fasciitis"]
    assert Condition.objects.filter(name__iexact="plantar fasciitis").count() == 1


def test_a_listed_name_is_not_also_read_as_a_shorter_condition(treatment_index):
    Condition.objects.create(name="Arthritis")

    page = imported(treatment_index, page_text("Heel therapy is gentle.", conditions=["Arthritis pain"]))

    assert names(page) == ["Arthritis pain"]


def test_a_condition_listed_by_a_later_file_of_the_same_import_files_an_earlier_page(tmp_path, treatment_index):
    first = write(tmp_path, "a-heel-therapy.md", page_text("It eases plantar fasciitis for runners."))
    later = write(
        tmp_path,
        "b-foot-care.md",
        page_text("Foot care for sore feet.", conditions=["Plantar fasciitis"]).replace("Heel Therapy", "Foot Care"),
    )

    out, err, error = run(first, later, "--publish")

    assert error is None, err
    assert out.splitlines()[0] == "created a-heel-therapy (Heel Therapy)"
    page = TreatmentPage.objects.get(slug="a-heel-therapy")
    assert names(page) == ["Plantar fasciitis"]


def test_only_descriptive_sections_are_read(treatment_index):
    page = imported(
        treatment_index,
        page_text(
            "Heel therapy is a hands-on treatment.",
            safety="- **Bruising:** Rare bruising can occur.",
            extra="\n## FAQ\n\n### Does it hurt?\n\nIt feels like firm pressure.\n",
        ),
    )

    sentences = " ".join(descriptive_sentences(page))

    assert "hands-on treatment" in sentences and "sole of the foot" in sentences and "Walking feels" in sentences
    assert "bruising" not in sentences.lower() and "firm pressure" not in sentences


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It eases Plantar Fasciitis.", True),
        ("It eases plantar fasciitis-like pain.", True),
        ("It eases plantar pain.", False),
    ],
)
def test_without_the_search_app_a_name_must_appear_word_for_word(text, found):
    heel = BodyArea(pk=1, name="Heel")  # any label: the reader only compares names

    assert read_word_for_word([text], {heel: ["Plantar fasciitis"]}, "en") == ([heel] if found else [])
