"""Scoring: where a word appears decides how much it counts (no database)."""

import pytest

from core.search_weights import WEIGHTS
from search.interpretation import interpret
from search.ranking import ANY_ORDER, NON_TREATMENT_FACTOR, Prepared, Variant, prepare, score

from .documents import document
from .vocab import vocabulary

# Other pages of the site: on a site of two pages every word is on most pages, so none would be evidence.
OTHER_PAGES = ["Cupping", "Acupuncture", "Massage", "Taping", "Dry needling"]


def ranked(query, docs):
    """Page ids by score for ``query``, best first, over a site of ``docs`` and a few other pages."""
    site = vocabulary(*(" ".join(doc.sentences) + " " + " ".join(doc.words) for doc in docs), *OTHER_PAGES)
    concepts = prepare(interpret(query, site).concepts, site)
    scores = {doc.page_id: score(doc, concepts)[0] for doc in docs}
    return [page_id for page_id, value in sorted(scores.items(), key=lambda item: -item[1]) if value > 0]


@pytest.mark.parametrize("field", sorted(WEIGHTS))
def test_a_document_weighs_each_field_by_the_table(field):
    doc = document(**{field: "scapula"})
    assert doc.weights[("scapula",)] == WEIGHTS[field]


def test_a_word_in_several_fields_counts_at_its_heaviest():
    doc = document(title="Cupping", body="Cupping again")
    assert doc.weights[("cup",)] == WEIGHTS["title"]


@pytest.mark.parametrize(("heavy", "light"), [("title", "body"), ("also_known_as", "summary"), ("conditions", "body")])
def test_a_heavier_field_ranks_first(heavy, light):
    docs = [document(1, **{light: "Tennis elbow"}), document(2, **{heavy: "Tennis elbow"})]
    assert ranked("tennis elbow", docs)[0] == 2


def test_a_page_matching_every_word_beats_one_matching_some():
    docs = [document(1, title="Neck"), document(2, summary="Neck pain")]
    assert ranked("neck pain", docs)[0] == 2


def test_a_treatment_outranks_another_page_type_matching_the_same_way():
    docs = [document(1, primary=False, title="Sciatica"), document(2, title="Sciatica")]
    site = vocabulary("Sciatica")
    concepts = prepare(interpret("sciatica", site).concepts, site)
    treatment, other = score(docs[1], concepts)[0], score(docs[0], concepts)[0]
    assert other == pytest.approx(treatment * NON_TREATMENT_FACTOR)


def test_a_phrase_in_another_word_order_counts_in_a_short_field_only():
    site = vocabulary("Pain in the neck", synonyms=[("neck pain", "cervicalgia")])
    (concept,) = interpret("neck pain", site).concepts
    phrase = Prepared((Variant(("neck", "pain"), 1.0, anywhere=True),))  # the phrase alone, without its single words
    short = document(1, summary="Pain in the neck")
    long = document(2, body="Pain in the neck")
    assert ("neck", "pain") in concept.variants
    assert score(short, [phrase]) == (pytest.approx(WEIGHTS["summary"] * ANY_ORDER), {"neck", "pain"})
    assert score(long, [phrase]) == (0.0, set())


def test_nothing_matched_scores_zero_and_marks_nothing():
    site = vocabulary("Cupping")
    concepts = prepare(interpret("cupping", site).concepts, site)
    assert score(document(title="Massage"), concepts) == (0.0, set())


def test_matched_stems_are_returned_for_highlighting():
    site = vocabulary("Cupping therapy")
    concepts = prepare(interpret("cups", site).concepts, site)
    assert score(document(title="Cupping therapy"), concepts)[1] == {"cup"}


def test_a_field_the_table_does_not_know_is_refused():
    with pytest.raises(ValueError, match="no ranking field"):
        document(headline="Cupping")


def test_a_common_word_alone_counts_only_in_a_name():
    docs = [document(i, body=f"Page {i} eases pain.") for i in range(1, 5)] + [document(5, title="Pain relief")]
    assert ranked("pain", docs) == [5]


def test_synonyms_of_a_common_word_are_no_better_evidence():
    site = vocabulary(*(["pain"] * 5), "discomfort", synonyms=[("pain", "discomfort")])
    concepts = prepare(interpret("pain", site).concepts, site)
    assert score(document(body="Some discomfort."), concepts)[0] == 0.0
    assert score(document(summary="Eases discomfort."), concepts)[0] > 0


def test_a_navigation_page_is_a_result_only_for_its_name():
    site = vocabulary("Home back pain", "Sciatica", "Cupping", "Massage")
    home = document(1, primary=False, title="Home", summary="Relief for back pain")
    home.is_navigation = True
    assert score(home, prepare(interpret("back pain", site).concepts, site))[0] == 0.0
    assert score(home, prepare(interpret("home", site).concepts, site))[0] > 0


def test_a_clinic_question_puts_the_page_that_answers_it_above_treatments():
    site = vocabulary(
        "Insurance accepted",
        "Cupping takes minutes",
        "Massage",
        "Taping",
        terms=[("clinic", "insurance", "insurance", "")],
    )
    concepts = prepare(interpret("do you take insurance", site).concepts, site)
    about = document(1, primary=False, body="Insurance accepted")
    treatment = document(2, summary="Cupping takes minutes")
    assert score(about, concepts)[0] > score(treatment, concepts)[0] > 0


def test_a_page_about_the_symptom_beats_one_that_only_mentions_the_body_part(monkeypatch):
    """In "ankles swollen" the swelling is what needs treating; the ankle only says where."""
    terms = [("anatomy", "ankles", "ankle", "Ankle and foot"), ("symptom", "swollen", "swelling, edema", "")]
    surgery = document(1, title="Surgery recovery", conditions="Ankle surgery", body="Some swelling is normal.")
    drainage = document(2, title="Drainage", conditions="Swelling of the legs")
    # As on a clinic's site, many pages name the ankle and few are about swelling.
    pages = ["Ankle surgery swelling", "Swelling of the legs", "Ankle taping", "Ankle massage", *OTHER_PAGES]
    site = vocabulary(*pages, terms=terms)

    def best(query):
        concepts = prepare(interpret(query, site).concepts, site)
        return max((surgery, drainage), key=lambda doc: score(doc, concepts)[0]).page_id

    assert best("ankles swollen") == 2
    assert best("ankles") == 1  # a body part alone is the whole question
    monkeypatch.setattr("search.ranking.BODY_PART_SHARE", 1.0)
    assert best("ankles swollen") == 1  # counted in full, the mention of the ankle wins


def test_a_body_part_is_told_from_what_is_wrong_with_it():
    terms = [("anatomy", "calves", "calf", "Ankle and foot"), ("symptom", "achy", "pain", "")]
    site = vocabulary("Calf pain", terms=terms)
    calves, achy = interpret("calves achy", site).concepts
    assert calves.body_part and not achy.body_part


def test_a_phrase_does_not_run_from_one_piece_into_the_next():
    doc = document(conditions=["Neck stiffness", "Neck, shoulder and upper back tightness"])

    assert doc.weights.get(("neck", "stiff")) == WEIGHTS["conditions"]
    assert doc.weights.get(("stiff", "neck")) is None


def test_a_word_written_in_many_forms_on_every_page_still_counts_for_them():
    # Each form's pages add up to the stem's count ("adjust", "adjusts", "adjusted" on both pages: 6 of 2),
    # which must not make the word's rarity negative, so that matching it would count against a page.
    vocab = vocabulary("adjust adjusts adjusted spine", "adjust adjusts adjusted neck")
    key = next(iter(interpret("adjusted", vocab).concepts[0].variants))
    assert vocab.document_frequency(key) == 2
    assert vocab.idf(key) > 0
    (concept,) = prepare(interpret("adjusted", vocab).concepts, vocab)
    assert all(variant.weight > 0 for variant in concept.variants)
