"""Stemming, folding and stop words: what counts as "the same word" for queries and pages alike (no database)."""

import pytest

from search.text import STOP_WORDS, fold, ngrams, stem, stems, words


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("cups", "cupping"),  # plural and verb form
        ("needles", "needle"),
        ("slept", "sleep"),  # irregular forms the stemmer cannot see
        ("torn", "tear"),
        ("feet", "foot"),
        ("calves", "calf"),
        ("knee's", "knee"),  # possessive
    ],
)
def test_word_forms_share_a_stem(one, other):
    assert stem(one) == stem(other)


def test_different_words_keep_different_stems():
    assert len({stem(word) for word in ("neck", "knee", "back", "hip", "heel")}) == 5


def test_fold_ignores_case_accents_and_curly_apostrophes():
    assert fold("Café ÉCOLE") == "cafe ecole"
    assert words("Don’t") == ["don't"]


def test_words_are_letters_and_digits_only():
    assert words("Neck-pain, 2 weeks; <b>bad</b>!") == ["neck", "pain", "2", "weeks", "b", "bad", "b"]


def test_question_scaffolding_is_a_stop_word_and_body_parts_are_not():
    assert {"is", "does", "can", "my", "what"} <= STOP_WORDS
    assert not {"neck", "pain", "needling", "pregnant"} & STOP_WORDS


def test_ngrams_are_every_run_up_to_four_words():
    grams = ngrams(stems("low back pain relief now"))
    assert ("low", "back", "pain") in grams
    assert ("low", "back", "pain", "relief") in grams
    assert len(max(grams, key=len)) == 4
    assert ("low", "pain") not in grams  # only consecutive words
