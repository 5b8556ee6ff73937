"""The importer reads section headings for their meaning, and an unknown heading by its section's shape."""

import io

import pytest
from django.core.management import call_command

from treatments.importer import classify, parse_text

PAGE = """\
# Cupping

Cupping uses soft cups to lift the skin and the muscle under it.

## How Cupping Works

Your therapist places the cups and leaves them for a few minutes.

## {benefits}

- **Looser muscles:** The lift eases tight muscles in the back and shoulders.
- **Better movement:** Many people turn and bend more easily afterwards.

## {safety}

- **Marks:** Round marks can last a few days; they fade without treatment.
- **Pregnancy:** Tell us if you are pregnant; we avoid some areas.
"""


def page(benefits="Benefits of Cupping", safety="Is Cupping Safe?"):
    return PAGE.format(benefits=benefits, safety=safety)


@pytest.mark.parametrize(
    "heading",
    [
        "Why Patients Prefer Foo",
        "Why People Choose Foo",
        "Why Our Clients Pick Foo",
        "What Foo Helps With",
        "How Foo Can Help You",
        "What Foo Offers",
        "What Foo Can Do for You",
        "Reasons to Try Foo",
        "Results You Can Expect",
        "Perks of Regular Foo",
    ],
)
def test_headings_about_choosing_or_what_a_treatment_does_mean_benefits(heading):
    assert classify(heading, title="Foo") == "benefits"


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("The Science Behind Foo", "how_it_works"),
        ("What a Session Involves", "how_it_works"),
        ("Preparing for Your Visit", "how_it_works"),
        ("Step-by-Step", "how_it_works"),
        ("Who Should Not Have Foo", "safety"),
        ("Red Flags", "safety"),
        ("Is Foo Right for Everyone? Possible Side-Effects", "safety"),
        ("Ailments We See", "conditions"),
        ("Questions Patients Ask", "faq"),
        ("In Brief", "overview"),
    ],
)
def test_other_real_world_phrasings(heading, kind):
    assert classify(heading, title="Foo") == kind


def test_an_unknown_heading_over_labelled_items_before_safety_is_taken_as_benefits_and_said_so():
    parsed = parse_text(page(benefits="The Feel-Good Factor"), name="cupping.md")

    assert [kind for kind, _ in parsed.body] == ["overview", "how_it_works", "benefits", "safety"]
    benefits = dict(parsed.body)["benefits"]
    assert benefits["heading"] == "The Feel-Good Factor"
    assert [item["label"] for item in benefits["items"]] == ["Looser muscles", "Better movement"]
    assert parsed.assumptions == [
        'cupping.md:9: assumed "The Feel-Good Factor" is the benefits section (a list of labelled items before '
        "the safety section); rename the heading if it is not"
    ]


def test_an_unknown_heading_over_cautions_after_benefits_is_taken_as_safety():
    parsed = parse_text(page(safety="Good to Know Before You Book"), name="cupping.md")

    assert [kind for kind, _ in parsed.body] == ["overview", "how_it_works", "benefits", "safety"]
    assert "safety section (a list of cautions after the benefits)" in parsed.assumptions[0]


def test_an_unknown_heading_over_prose_stays_a_plain_section_and_nothing_is_assumed():
    rooms = "## Our Rooms\n\nQuiet rooms with soft light.\n\n## How Cupping Works"
    text = page().replace("## How Cupping Works", rooms)

    parsed = parse_text(text, name="cupping.md")

    assert [kind for kind, _ in parsed.body] == ["overview", "section", "how_it_works", "benefits", "safety"]
    assert parsed.assumptions == []


def test_a_gain_list_after_the_benefits_is_not_taken_for_safety():
    extra = "\n## Extras\n\n- **Calm:** A quiet half hour.\n- **Sleep:** Many sleep well afterwards.\n"
    text = page().replace("## Is Cupping Safe?", extra + "\n## Is Cupping Safe?")

    kinds = [kind for kind, _ in parse_text(text, name="cupping.md").body]

    assert kinds.count("benefits") == 1
    assert kinds.count("safety") == 1


def test_the_command_prints_what_it_assumed(tmp_path, treatment_index):
    path = tmp_path / "cupping.md"
    path.write_text(page(benefits="The Feel-Good Factor"), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()

    call_command("import_treatments", str(path), stdout=out, stderr=err)

    assert "1 created, 0 updated, 0 failed" in out.getvalue()
    assert f'{path}:9: assumed "The Feel-Good Factor" is the benefits section' in err.getvalue()
