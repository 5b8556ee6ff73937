"""The lexicon: everyday words for the body, symptoms, injuries and conditions, as data editors extend."""

from importlib import import_module

import pytest
from django.apps import apps

from search.interpretation import BODY_AREA, LEXICON_WEIGHTS, interpret
from search.lexicon import LEXICON, load_default_terms, read_entries
from search.models import SearchTerm
from search.text import stem
from search.vocabulary import get_vocabulary
from treatments.models import BodyArea

from .vocab import vocabulary


def entries_by_word():
    return {word: entry for entry in read_entries() for word in entry.words}


def test_the_shipped_lexicon_covers_the_body_and_everyday_speech_broadly():
    entries = list(read_entries())
    kinds = {kind: sum(1 for e in entries if e.kind == kind) for kind in {e.kind for e in entries}}
    assert len(entries) >= 200
    assert kinds["anatomy"] >= 50 and kinds["symptom"] >= 30 and kinds["activity"] >= 30
    assert kinds["condition"] >= 60 and kinds["clinic"] >= 10
    assert sum(len(e.words) for e in entries) >= 800
    assert "medlineplus" in LEXICON.read_text().lower()  # the header cites its sources


@pytest.mark.parametrize(
    ("words", "means", "area"),
    [
        ("calf", "calf", "Ankle and foot"),
        ("shin", "tibia", "Ankle and foot"),
        ("heel", "plantar fascia", "Ankle and foot"),
        ("jaw", "temporomandibular joint", "Jaw"),
        ("tailbone", "coccyx", "Hip and pelvis"),
        ("shoulder blade", "scapula", "Shoulder"),
        ("slipped disk", "herniated disc", "Lower back"),
        ("tennis elbow", "lateral epicondylitis", "Elbow, wrist and hand"),
        ("frozen shoulder", "adhesive capsulitis", "Shoulder"),
        ("runner's knee", "patellofemoral pain syndrome", "Knee"),
        ("shin splints", "medial tibial stress syndrome", "Ankle and foot"),
        ("rolled my ankle", "ankle sprain", "Ankle and foot"),
        ("sit bones", "ischial tuberosity", "Hip and pelvis"),
        ("c-section", "cesarean section", "Hip and pelvis"),
        ("hammer toe", "hammer toe", "Ankle and foot"),
        ("roll over in bed", "benign paroxysmal positional vertigo", "Head"),
        ("sleeping wrong", "wry neck", "Neck"),
    ],
)
def test_lay_words_lead_to_what_pages_say_and_to_a_body_area(words, means, area):
    entry = entries_by_word()[words]
    assert means in entry.means
    assert entry.body_area == area


@pytest.mark.parametrize(
    ("words", "means"),
    [
        ("achy", "pain"),
        ("stiff", "stiffness"),
        ("puffy", "swelling"),
        ("pins and needles", "numbness"),
        ("locked", "locking"),
        ("clicking", "clicking"),
        ("knee gave way", "instability"),
        ("killing me", "pain"),
        ("sore after running", "delayed onset muscle soreness"),
        ("can't raise my arm", "frozen shoulder"),
        ("weak grip", "grip strength"),
        ("foam roller", "myofascial release"),
        ("water retention", "edema"),
        ("motion sickness", "vestibular"),
        ("kneeling", "patellofemoral pain"),
        ("period pain", "pelvic pain"),
        ("shuffling", "gait"),
        ("twisted", "sprain"),
        ("lifting", "lifting injury"),
        ("running", "running injury"),
        ("typing", "repetitive strain injury"),
        ("sciatica", "sciatica"),
        ("whiplash", "whiplash"),
        ("tmj", "temporomandibular joint disorder"),
        ("medicare", "insurance"),
    ],
)
def test_symptom_activity_and_condition_words_are_listed(words, means):
    assert means in entries_by_word()[words].means


def test_every_body_area_named_in_the_lexicon_is_one_the_clinic_starts_with(db):
    names = set(BodyArea.objects.values_list("name", flat=True))
    assert {entry.body_area for entry in read_entries() if entry.body_area} <= names


def test_a_malformed_line_is_refused_with_its_line_number(tmp_path):
    bad = tmp_path / "lexicon.txt"
    bad.write_text("[anatomy]\ncalf => \n")
    with pytest.raises(ValueError, match="lexicon.txt:2"):
        list(read_entries(bad))
    bad.write_text("[feelings]\nsad => low\n")
    with pytest.raises(ValueError, match="unknown kind"):
        list(read_entries(bad))


def test_the_migration_loaded_the_lexicon_with_body_areas_linked(db):
    calf = SearchTerm.objects.get(words__startswith="calf,")
    assert calf.kind == "anatomy"
    assert calf.body_area.name == "Ankle and foot"
    assert SearchTerm.objects.count() == len(list(read_entries()))


def test_loading_again_keeps_what_editors_changed(db):
    calf = SearchTerm.objects.get(words__startswith="calf,")
    calf.means = "calf, gastrocnemius, soleus"
    calf.save()
    SearchTerm.objects.filter(words__startswith="shin,").delete()
    assert load_default_terms(SearchTerm, BodyArea) == 1  # the deleted one comes back, nothing else changes
    assert SearchTerm.objects.get(pk=calf.pk).means == "calf, gastrocnemius, soleus"


def test_an_anatomy_word_brings_in_its_meanings_and_its_body_area():
    site = vocabulary(
        "Plantar fascia and heel pain", terms=[("anatomy", "heel, heels", "plantar fascia", "Ankle and foot")]
    )
    (concept,) = interpret("heels", site).concepts
    assert concept.variants[("plantar", "fascia")] == LEXICON_WEIGHTS["anatomy"]
    assert concept.variants[("ankl", "foot")] == pytest.approx(LEXICON_WEIGHTS["anatomy"] * BODY_AREA)
    assert concept.variants[("heel",)] == 1.0  # the word itself stays the surest variant


def test_a_lexicon_phrase_is_found_in_any_word_order():
    site = vocabulary("Ankle sprain", terms=[("activity", "rolled my ankle", "ankle sprain", "Ankle and foot")])
    concepts = interpret("ankle i rolled", site).concepts
    assert len(concepts) == 1
    assert ("ankl", "sprain") in concepts[0].variants


def test_meanings_point_one_way():
    site = vocabulary("Plantar fasciitis", terms=[("anatomy", "heel", "plantar fasciitis", "")])
    concepts = interpret("plantar fasciitis", site).concepts
    assert all(("heel",) not in concept.variants for concept in concepts)


def test_a_clinic_question_is_marked_as_one():
    site = vocabulary("Insurance", terms=[("clinic", "medicare, insurance", "insurance", "")])
    assert interpret("do you take medicare", site).about_clinic
    assert not interpret("back pain", site).about_clinic


def test_an_editors_new_term_reaches_search_at_once(db):
    assert get_vocabulary().lexicon.targets(("zorb",)) == []
    SearchTerm.objects.create(words="zorbing", means="balance training", kind="activity")
    assert [t.key for t in get_vocabulary().lexicon.targets(("zorb",))] == [("balanc", "train")]


@pytest.mark.parametrize(
    ("part", "region"),
    [("calves", "leg"), ("shins", "leg"), ("hamstring", "thigh"), ("forearm", "arm"), ("heels", "foot")],
)
def test_a_part_of_the_body_also_means_the_region_it_belongs_to(part, region):
    # A page about legs ("legs feel fresher after a massage") is about the calves too.
    assert region in entries_by_word()[part].means


@pytest.mark.parametrize("word", ["hurt", "injury", "injured", "give", "roll", "band", "work", "arm"])
def test_an_everyday_word_alone_names_no_condition(word):
    """A lay phrase whose other words are stop words ("hurt all over", "work injury", "into my arm") would
    make its one remaining word mean the whole phrase: every "hurt" would mean fibromyalgia."""
    site = vocabulary(terms=[(e.kind, ", ".join(e.words), ", ".join(e.means), e.body_area) for e in read_entries()])
    kinds = {target.kind for target in site.lexicon.targets((stem(word),))}
    assert kinds <= {"anatomy", "symptom"}
    assert ("fibromyalgia",) not in site.lexicon.meanings.get((stem(word),), {})


def test_an_existing_site_gets_the_lexicon_s_corrections_but_keeps_editors_changes(db):
    update = import_module("search.migrations.0008_update_default_lexicon").update
    # A site migrated before: the old default rows, one of them edited since.
    SearchTerm.objects.filter(words__startswith="fibromyalgia,").delete()
    SearchTerm.objects.filter(words__startswith="calf,").delete()
    old_fibromyalgia = "fibromyalgia, fibro, hurt all over, pain everywhere"
    SearchTerm.objects.create(words=old_fibromyalgia, means="fibromyalgia, chronic pain", kind="condition")
    old_calf = "calf, calves, calf muscle, back of lower leg"
    SearchTerm.objects.create(words=old_calf, means="calf, soleus", kind="anatomy")
    update(apps, None)
    assert not SearchTerm.objects.filter(words__contains="hurt all over").exists()
    assert SearchTerm.objects.filter(words__startswith="fibromyalgia,", words__contains="hurts everywhere").exists()
    assert SearchTerm.objects.get(words=old_calf).means == "calf, soleus"


@pytest.mark.parametrize(
    ("typed", "symptom"), [("ankles and legs swollen", "swollen"), ("numb hands", "numb"), ("swollen feet", "swollen")]
)
def test_a_symptom_typed_with_a_body_part_keeps_the_typed_words_own_weight(typed, symptom):
    """A lay phrase takes over its words (each then counts for little): a shipped phrase that is only a
    symptom word and a body part would make a page that says "swelling" count for less."""
    site = vocabulary(terms=[(e.kind, ", ".join(e.words), ", ".join(e.means), e.body_area) for e in read_entries()])
    assert any(concept.variants.get((stem(symptom),)) == 1.0 for concept in interpret(typed, site).concepts)
