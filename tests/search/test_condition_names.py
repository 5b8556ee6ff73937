"""How the importer reads condition names in a page's text through search's words (search/condition_names.py)."""

import pytest

from search.condition_names import reader
from search.models import SearchTerm
from treatments.taxonomy import Condition


@pytest.fixture
def conditions(db):
    def make(*names):
        return {Condition.objects.create(name=name): [name] for name in names}

    return make


def named(texts, names):
    return sorted(label.name for label in reader(texts, names, "en"))


def test_word_forms_case_and_word_order_name_a_condition(conditions):
    names = conditions("Tension headache", "Ankle sprain", "Herniated disc")

    text = "It helps with TENSION HEADACHES, sprained ankles and disc herniation."

    assert named([text], names) == ["Ankle sprain", "Herniated disc", "Tension headache"]


def test_a_lay_name_editors_keep_under_search_terms_names_the_condition_it_means(conditions):
    names = conditions("Plantar fasciitis")
    SearchTerm.objects.create(words="policewoman's heel, jogger's heel", means="plantar fasciitis", kind="condition")

    assert named(["Joggers' heel is what most of our runners have."], names) == ["Plantar fasciitis"]


def test_a_condition_that_is_a_lay_name_does_not_take_the_clinical_names_it_points_to(conditions):
    names = conditions("Sore knees")
    SearchTerm.objects.create(words="sore knees, achy knees", means="knee pain, knee osteoarthritis", kind="condition")

    assert named(["Achy knees after a long walk."], names) == ["Sore knees"]
    assert named(["It eases knee pain and knee osteoarthritis."], names) == []


def test_the_longest_name_wins_where_names_overlap(conditions):
    names = conditions("Arthritis", "Rheumatoid arthritis")

    assert named(["Gentle care for rheumatoid arthritis."], names) == ["Rheumatoid arthritis"]


def test_a_known_longer_name_covers_its_words_even_when_the_clinic_has_no_such_condition(conditions):
    names = conditions("Arthritis")
    SearchTerm.objects.create(words="ra", means="rheumatoid arthritis, arthritis", kind="condition")

    assert named(["Gentle care for rheumatoid arthritis."], names) == []
    assert named(["Gentle care for arthritis."], names) == ["Arthritis"]


def test_a_word_the_stemmer_shortens_a_lot_is_compared_whole(conditions):
    # The stemmer gives "tendon" for both "tendons" and "tendonitis".
    names = conditions("Tendonitis")

    assert named(["Strengthening for muscles and tendons."], names) == []
    assert named(["Most of our patients have tendonitis."], names) == ["Tendonitis"]


def test_a_name_of_only_general_words_names_nothing(conditions):
    names = conditions("Chronic pain")

    assert named(["It eases chronic pain."], names) == []
