"""From what a visitor typed to concepts with weighted variants (no database)."""

from search.interpretation import COMPLETED, CORRECTED, EXACT, SYNONYM, interpret
from search.text import stem

from .vocab import vocabulary

SITE = vocabulary(
    "Chiropractic care for back pain",
    "Cupping therapy loosens tight muscles",
    "Vestibular rehabilitation for dizziness",
    "Herniated disc treatment",
    "Dry needling for neck pain",
    synonyms=[("herniated disc", "slipped disk", "bulging disc")],
)


def labels(interpretation):
    return [concept.label for concept in interpretation.concepts]


def test_question_words_are_dropped():
    assert labels(interpret("is cupping painful for my back", SITE)) == ["cupping", "painful", "back"]


def test_a_query_of_only_stop_words_keeps_them():
    assert labels(interpret("what is it", SITE)) == ["what", "is", "it"]


def test_a_known_word_matches_exactly_by_its_stem():
    (concept,) = interpret("needles", SITE).concepts
    assert concept.variants == {(stem("needling"),): EXACT}


def test_a_misspelling_is_corrected_to_a_word_the_site_uses():
    result = interpret("cuping", SITE)
    (concept,) = result.concepts
    assert concept.variants == {(stem("cupping"),): CORRECTED}
    assert result.corrected_query == "cupping"


def test_exact_search_does_not_correct():
    result = interpret("cuping", SITE, correct=False)
    assert result.corrected_query == ""
    assert result.concepts[0].variants == {(stem("cuping"),): EXACT}


def test_a_partial_word_is_completed():
    (concept,) = interpret("vesti", SITE).concepts
    assert concept.variants == {(stem("vestibular"),): COMPLETED}


def test_a_synonym_phrase_brings_in_the_site_s_term_in_any_word_order():
    for typed in ("slipped disk", "disk slipped"):
        (concept,) = interpret(typed, SITE).concepts
        assert concept.variants[(stem("slipped"), stem("disk"))] == EXACT
        assert concept.variants[(stem("herniated"), stem("disc"))] == SYNONYM


def test_retrieval_words_are_the_site_s_own_forms():
    result = interpret("slipped disk", SITE)
    assert {"herniated", "disc"} <= set(result.retrieval_words(SITE))
