"""Emergency-aware search: every alarming query gets its number, no ordinary query gets a message."""

import pytest

from search.emergency import EmergencySign, emergencies_for, forget_signs, parse_phrases, query_tokens, same_word
from search.emergency_defaults import load_default_signs
from tests.search.emergency_queries import ALARMING, ORDINARY


@pytest.fixture
def signs(db):
    # Transactional tests elsewhere may have flushed the rows the data migration created.
    load_default_signs(EmergencySign)
    forget_signs()
    yield
    forget_signs()


def test_the_test_set_is_large_enough():
    assert len(ALARMING) >= 40
    assert len(ORDINARY) >= 40
    assert not set(ALARMING) & set(ORDINARY)


def test_no_alarming_query_is_missed(signs):
    missed = {query: [e.number for e in emergencies_for(query)] for query in ALARMING}
    missed = {query: numbers for query, numbers in missed.items() if ALARMING[query] not in numbers}
    assert missed == {}


def test_no_ordinary_query_raises_an_alarm(signs):
    false_alarms = [query for query in ORDINARY if emergencies_for(query)]
    assert false_alarms == []


def test_suicide_gets_988_and_not_911(signs):
    assert [e.number for e in emergencies_for("suicidal thoughts")] == ["988"]
    emergency = emergencies_for("chest pain left arm")[0]
    assert emergency.heading == "Call 911 now"
    assert emergency.href == "tel:911"
    assert "heart attack" in emergency.message


def test_administrators_extend_the_phrases(signs):
    assert emergencies_for("swallowed bleach") == []
    EmergencySign.objects.create(
        name="Poisoning", number="911", message="Call 911 or Poison Control.", phrases="swallowed bleach/poison"
    )
    assert [e.message for e in emergencies_for("my child swallowed bleach")] == ["Call 911 or Poison Control."]


@pytest.mark.parametrize(
    ("token", "word", "same"),
    [
        ("hurting", "hurt", True),
        ("numbness", "numb", True),
        ("blader", "bladder", True),
        ("sucidal", "suicidal", True),
        ("pian", "pain", True),
        ("can", "cannot", False),  # "can breathing exercises help" is not "cannot breathe"
        ("ladder", "bladder", False),  # a misspelling keeps its first letter
        ("towel", "bowel", False),
    ],
)
def test_word_forms_and_small_misspellings(token, word, same):
    assert same_word(token, word) is same


def test_cannot_is_one_word_however_it_is_written():
    for query in ("can't breathe", "cant breathe", "can not breathe", "cannot breathe", "can’t breathe"):
        assert query_tokens(query) == ("cannot", "breathe")
    assert parse_phrases("cannot/unable breathe\n\n") == ((("cannot", "unable"), ("breathe",)),)
