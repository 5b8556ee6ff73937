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


# A site that says "pills" and "gait analysis": a visitor typing "kills" or "gate" may mean either.
WORDS_SITE = vocabulary(
    "Exercise instead of pain pills for knee pain",
    "Gait analysis films how you walk and run",
    "Hand therapy for carpal tunnel syndrome",
    synonyms=[("gait analysis", "walking analysis")],
    terms=[("condition", "carpal tunnel", "carpal tunnel syndrome", "")],
)


def test_a_real_english_word_is_never_corrected_to_a_different_word():
    result = interpret("what kills knee pain", WORDS_SITE)
    assert result.corrected_query == ""
    assert [concept.variants for concept in result.concepts if concept.label == "kills"] == [{("kill",): EXACT}]


def test_a_long_real_word_the_site_writes_otherwise_keeps_its_meaning():
    site = vocabulary("Stretching classes", "Stretches for runners")
    result = interpret("stretched", site)
    assert result.corrected_query == ""


def test_a_word_the_dictionary_lacks_is_still_corrected():
    assert interpret("carpl", WORDS_SITE).corrected_query == "carpal"


def test_a_real_word_typed_for_another_is_corrected_by_its_neighbour():
    assert interpret("gate analysis", WORDS_SITE).corrected_query == "gait analysis"
    assert interpret("carpel tunnel", WORDS_SITE).corrected_query == "carpal tunnel"
    # Without a neighbour that makes a known phrase, the real word stays as typed.
    assert interpret("garden gate", WORDS_SITE).corrected_query == ""
