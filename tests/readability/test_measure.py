"""The reading grade, its exemptions and the claims check, on plain strings (no database)."""

import socket
from unittest import mock

import pytest

from readability.claims import find_claims
from readability.measure import reading_level
from readability.sentences import sentences

HARD = (
    "Instrument-assisted soft tissue mobilization utilizes specialized stainless steel instruments to "
    "facilitate myofascial release, ameliorating musculoskeletal dysfunction considerably."
)
PLAIN = "We use a smooth tool on sore muscles. It can help them feel loose. Most people like it."


def test_the_grade_is_computed_without_any_network_or_download():
    with (
        mock.patch.object(socket.socket, "connect", side_effect=OSError("no network")),
        mock.patch("nltk.download", side_effect=AssertionError("textstat tried to download")),
    ):
        level = reading_level([HARD, PLAIN])
    assert level.grade > 8 and level.smog > 0


def test_plain_text_is_within_target_and_hard_text_is_over_it():
    assert not reading_level([PLAIN]).over_target
    hard = reading_level([HARD], target=8)
    assert hard.over_target and hard.grade > 12


def test_the_target_is_the_one_given():
    assert not reading_level([HARD], target=30).over_target
    assert reading_level([HARD], target=8).target == 8


def test_treatment_names_and_glossary_terms_do_not_count_against_the_page():
    text = ["Instrument-assisted soft tissue mobilization helps plantar fasciitis. It is quick."]
    scored_plainly = reading_level(text)
    exempt = reading_level(text, terms=["Instrument-Assisted Soft Tissue Mobilization", "plantar  fasciitis"])
    assert exempt.grade < scored_plainly.grade - 5
    assert "mobilization" in scored_plainly.hardest
    assert not {"mobilization", "fasciitis", "instrument-assisted"} & set(exempt.hardest)


def test_hardest_words_and_longest_sentences_are_named():
    level = reading_level([PLAIN, HARD])
    assert level.longest[0].text == HARD
    assert level.longest[0].words == 17
    assert {"musculoskeletal", "ameliorating", "mobilization"} <= set(level.hardest)
    assert not {"smooth", "muscles", "people"} & set(level.hardest)
    assert len(level.longest) == 3 and level.longest[1].words < 17


def test_a_heading_is_a_sentence_of_its_own_not_part_of_the_paragraph_below():
    assert sentences(["How it works", "The tool glides. It warms the skin."]) == [
        "How it works.",
        "The tool glides.",
        "It warms the skin.",
    ]


def test_no_text_has_no_grade_and_is_not_over_target():
    level = reading_level([])
    assert (level.grade, level.words, level.over_target) == (0.0, 0, False)


CLAIMS = ["cure", "guaranteed", "miracle", "100%", "permanent", "no side effects", "risk-free"]


def test_a_guaranteed_cure_is_flagged_twice_with_its_sentence():
    pieces = ["Shockwave is quick.", "It is a guaranteed cure for heel pain! Book today."]
    found = find_claims(pieces, CLAIMS)
    assert [(claim.phrase, claim.sentence) for claim in found] == [
        ("cure", "It is a guaranteed cure for heel pain!"),
        ("guaranteed", "It is a guaranteed cure for heel pain!"),
    ]


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("Massage cures stress.", "cure"),
        ("Results are 100% safe.", "100%"),
        ("There are NO side\neffects at all.", "no side effects"),
        ("A risk-free first visit.", "risk-free"),
        ("The relief is permanent.", "permanent"),
    ],
)
def test_each_claim_is_found_in_any_case_spacing_or_simple_ending(text, phrase):
    assert [claim.phrase for claim in find_claims([text], CLAIMS)] == [phrase]


@pytest.mark.parametrize(
    "text",
    ["Your details are secure.", "We procure supplies.", "Side effects are rare.", "A risk of bruising is small."],
)
def test_ordinary_words_are_not_claims(text):
    assert find_claims([text], CLAIMS) == []
