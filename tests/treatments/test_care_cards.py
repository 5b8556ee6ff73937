"""Care cards: three levels, most urgent first, each announced by its urgency; old "When to seek care" text moves
into them."""

import importlib

import pytest

from core.health_blocks import CareCardBlock
from tests.treatments.importing import GOOD_MARKDOWN
from treatments.blocks import TreatmentStreamBlock
from treatments.importer import parse_text
from treatments.importer.build import care_cards
from treatments.importer.document import Piece

SAFETY = TreatmentStreamBlock().child_blocks["safety"]


def safety_with(*cards):
    return SAFETY.to_python(
        {
            "heading": "Safety",
            "intro": "",
            "items": [{"label": "Soreness", "text": "Mild soreness is common."}],
            "care_cards": [{"level": level, "signs": f"<p>{signs}</p>"} for level, signs in cards],
        }
    )


@pytest.mark.parametrize(
    ("level", "prefix", "action"),
    [
        ("non_urgent", "Non-urgent advice: ", "Talk to your doctor if you have:"),
        ("urgent", "Urgent advice: ", "Call us or an urgent care clinic today if you have:"),
        ("emergency", "Emergency: ", "Call 911 now if you have:"),
    ],
)
def test_each_level_says_what_to_do_after_a_hidden_prefix(level, prefix, action):
    block = CareCardBlock()
    html = block.render(block.to_python({"level": level, "signs": "<p>A sign</p>"}))
    assert f'<span class="visually-hidden">{prefix}</span>{action}' in html
    assert f"care-card--{level}" in html
    assert ('href="tel:911"' in html) == (level == "emergency")


def test_urgent_card_offers_the_clinics_number_when_there_is_one():
    block = CareCardBlock()
    value = block.to_python({"level": "urgent", "signs": "<p>Swelling</p>"})
    clinic = {"phone": "(303) 555-0142", "phone_href": "tel:+13035550142"}
    assert 'href="tel:+13035550142"' in block.render(value, context={"clinic": clinic})


def test_cards_show_most_urgent_first_under_a_when_to_seek_care_heading():
    value = safety_with(("non_urgent", "Stiffness"), ("emergency", "Numb groin"), ("urgent", "Fever"))
    html = SAFETY.render(value, context={"anchor": "safety"})
    assert "When to seek care</h3>" in html
    assert html.index("Numb groin") < html.index("Fever") < html.index("Stiffness")
    assert html.count("<h4") == 3


def test_no_cards_no_heading():
    html = SAFETY.render(safety_with(), context={"anchor": "safety"})
    assert "When to seek care" not in html


def test_importer_sorts_warning_signs_into_cards_by_what_they_ask():
    def piece(text):
        return Piece("bullet", 1, text, text)

    cards = care_cards(
        [
            piece("Loss of bladder control: call 911"),
            piece("Swelling that gets worse: call us today"),
            piece("Stiffness that lasts a week: see your doctor"),
            piece("Numbness in the groin needs emergency care"),
        ]
    )
    assert [card["level"] for card in cards] == ["emergency", "urgent", "non_urgent"]
    assert cards[0]["signs"] == (
        "<ul><li>Loss of bladder control: call 911</li><li>Numbness in the groin needs emergency care</li></ul>"
    )


migration = importlib.import_module("treatments.migrations.0010_care_cards_and_sources")


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("<p>Call 911 for chest pain.</p>", "emergency"),
        ("<p>Go to the emergency room if you faint.</p>", "emergency"),
        ("<p>Call us today if the swelling grows.</p>", "urgent"),
        ("<p>See your doctor if the rash lasts a week.</p>", "non_urgent"),
    ],
)
def test_migration_turns_when_to_seek_care_text_into_one_card(text, level):
    old = {"heading": "Safety", "intro": "", "items": [], "when_to_seek_care": text}
    new = migration.WhenToSeekCareToCareCards().apply(old)
    assert "when_to_seek_care" not in new
    assert new["care_cards"] == [{"type": "item", "value": {"level": level, "signs": text}}]


def test_migration_leaves_no_card_for_empty_text():
    new = migration.WhenToSeekCareToCareCards().apply({"heading": "Safety", "items": [], "when_to_seek_care": ""})
    assert new["care_cards"] == []


def test_a_when_to_seek_care_section_becomes_the_safety_sections_cards():
    text = GOOD_MARKDOWN + (
        "\n## When to Seek Care\n\n"
        "- Call 911 if you lose feeling in your feet.\n"
        "- Call us today if a blister forms.\n"
        "- See your doctor if the skin stays red for a week.\n"
    )
    parsed = parse_text(text, name="foot-soak.md", fmt="markdown")
    assert [kind for kind, _ in parsed.body] == ["overview", "how_it_works", "benefits", "safety"]
    safety = parsed.body[-1][1]
    assert [(card["level"], card["signs"]) for card in safety["care_cards"]] == [
        ("emergency", "<ul><li>Call 911 if you lose feeling in your feet.</li></ul>"),
        ("urgent", "<ul><li>Call us today if a blister forms.</li></ul>"),
        ("non_urgent", "<ul><li>See your doctor if the skin stays red for a week.</li></ul>"),
    ]
