"""Search documents stored once per published revision and shared by every process; the vocabulary's counts
moved by each publish; candidates narrowed by the search backend's relevance."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from search import documents as documents_module
from search import results as results_module
from search import vocabulary as vocabulary_module
from search.documents import documents
from search.models import IndexedWord, StoredDocument
from search.results import search_pages
from search.retrieval import fts_match, top_page_ids
from search.vocabulary import get_vocabulary
from tests.conftest import core_body

pytestmark = pytest.mark.django_db


def count_of(word):
    return IndexedWord.objects.filter(word=word).values_list("document_count", flat=True).first() or 0


def forget_process_state():
    """What a process that never searched holds: nothing."""
    vocabulary_module.forget()
    documents.forget()


def test_publishing_stores_the_document_of_the_live_revision(make_treatment):
    page = make_treatment("Zygomatic release")
    page.refresh_from_db()
    row = StoredDocument.objects.get(page_id=page.pk)
    assert row.revision_id == page.live_revision_id
    assert row.data["title"] == "Zygomatic release"
    assert count_of("zygomatic") == 1


def test_publishing_again_replaces_the_older_revision_and_moves_the_counts(make_treatment):
    page = make_treatment("Zygomatic release")
    page.title, page.summary, page.body = "Mandibular release", "Plain words.", core_body("jaw release")
    page.save_revision().publish()
    page.refresh_from_db()
    rows = StoredDocument.objects.filter(page_id=page.pk)
    assert [row.revision_id for row in rows] == [page.live_revision_id]  # one row: the old revision's is gone
    assert (count_of("zygomatic"), count_of("mandibular"), count_of("release")) == (0, 1, 1)


def test_unpublishing_and_deleting_remove_documents_and_their_words(make_treatment):
    kept = make_treatment("Cupping therapy")
    unpublished = make_treatment("Zygomatic release")
    deleted = make_treatment("Mandibular therapy")
    assert count_of("therapy") == 2
    unpublished.unpublish()
    Page.objects.get(pk=deleted.pk).delete()
    assert set(StoredDocument.objects.values_list("page_id", flat=True)) >= {kept.pk}
    assert not StoredDocument.objects.filter(page_id__in=[unpublished.pk, deleted.pk]).exists()
    assert (count_of("zygomatic"), count_of("mandibular"), count_of("therapy")) == (0, 0, 1)


def test_a_page_behind_a_view_restriction_has_no_stored_document(make_treatment):
    page = make_treatment("Zygomatic release")
    restriction = PageViewRestriction.objects.create(page=page, restriction_type="password", password="x")
    assert not StoredDocument.objects.filter(page_id=page.pk).exists()
    assert count_of("zygomatic") == 0
    restriction.delete()
    assert StoredDocument.objects.filter(page_id=page.pk).exists()
    assert count_of("zygomatic") == 1


def test_publishing_one_page_costs_the_same_queries_whatever_the_size_of_the_site(make_treatment):
    def queries_to_publish(title):
        page = make_treatment(title)
        page.summary = "Changed."
        with CaptureQueriesContext(connection) as captured:
            page.save_revision().publish()
        return len([q for q in captured if "site_search" in q["sql"]])

    first = queries_to_publish("Treatment one")
    for n in range(6):
        make_treatment(f"Other treatment {n}")
    assert queries_to_publish("Treatment two") == first


def test_a_fresh_process_finds_a_new_page_from_the_stored_documents_without_building_any(make_treatment, monkeypatch):
    make_treatment("Cupping therapy")
    search_pages("cupping", Page.objects.live())  # this process has loaded the vocabulary
    make_treatment("Zygomatic release")  # published elsewhere: another worker, cron, a shell
    monkeypatch.setattr(documents_module, "build_document", lambda page: pytest.fail("document built again"))
    forget_process_state()
    hits = search_pages("zygomatic", Page.objects.live()).hits
    assert [hit.document.title for hit in hits] == ["Zygomatic release"]


def test_a_worker_notices_a_publish_by_the_version_row_and_reloads_only_the_counts(make_treatment, monkeypatch):
    make_treatment("Cupping therapy")
    assert not get_vocabulary().is_known("zygomatic")
    make_treatment("Zygomatic release")
    monkeypatch.setattr(documents_module, "build_document", lambda page: pytest.fail("document built again"))
    with CaptureQueriesContext(connection) as captured:
        vocabulary = get_vocabulary()
    # Every live, public page counts, those made live without a publish signal (root, home, index) too.
    assert vocabulary.is_known("zygomatic") and vocabulary.size == Page.objects.live().public().count()
    # The version row, the live pages' stamp (two aggregates), the word counts, the document count, synonyms.
    assert len(captured) <= 6


def test_after_a_publish_a_worker_applies_only_the_word_counts_that_moved(make_treatment):
    make_treatment("Cupping therapy")
    page = make_treatment("Zygomatic release")
    get_vocabulary()  # this worker has searched before
    page.title, page.summary, page.body = "Mandibular release", "Plain words.", core_body("jaw release")
    page.save_revision().publish()  # by an editor, in any process
    with CaptureQueriesContext(connection) as captured:
        updated = get_vocabulary()
    assert updated.is_known("mandibular") and not updated.is_known("zygomatic")
    assert not updated.correction("zygomatik")  # a word no page uses any more is not offered either
    word_queries = [q["sql"] for q in captured if "site_search_indexedword" in q["sql"]]
    assert len(word_queries) == 1 and "changed" in word_queries[0]  # the moved rows, not every word
    assert not [q for q in captured if "site_search_synonym" in q["sql"] or "site_search_searchterm" in q["sql"]]

    forget_process_state()
    fresh = get_vocabulary()  # every count read again
    assert (updated.size, updated.word_df, updated.stem_df, updated.known) == (
        fresh.size,
        fresh.word_df,
        fresh.stem_df,
        fresh.known,
    )
    assert {k: v for k, v in updated.forms.items() if v} == {k: v for k, v in fresh.forms.items() if v}


def test_changing_a_search_term_makes_every_worker_read_the_terms_again(make_treatment):
    from search.models import SearchTerm

    make_treatment("Cupping therapy")
    assert not get_vocabulary().lexicon.targets(("zorb",))
    SearchTerm.objects.create(words="zorb", means="cupping", kind=SearchTerm.Kind.CONDITION)
    assert [target.key for target in get_vocabulary().lexicon.targets(("zorb",))] == [("cup",)]


def test_the_vocabulary_is_unchanged_between_publishes_and_costs_one_query(make_treatment):
    make_treatment("Cupping therapy")
    first = get_vocabulary()
    with CaptureQueriesContext(connection) as captured:
        again = get_vocabulary()
    assert again is first
    assert len(captured) == 1


def test_rebuild_command_stores_every_live_public_page_and_forgets_the_rest(treatment_index, capsys):
    from tests.factories import TreatmentPageFactory

    live = TreatmentPageFactory(parent=treatment_index, title="Zygomatic release")  # live without publishing
    StoredDocument.objects.create(page_id=999_999, words=["ghost"], data={})
    call_command("rebuild_search_documents")
    stored = set(StoredDocument.objects.values_list("page_id", flat=True))
    assert live.pk in stored and 999_999 not in stored
    assert count_of("zygomatic") == 1
    assert "documents built" in capsys.readouterr().out


def test_fts_match_quotes_every_word():
    assert fts_match([["neck", "necks"], ["pain"]]) == '("neck" OR "necks") AND ("pain")'


def test_the_backend_puts_a_title_match_before_a_passing_mention(make_treatment):
    for n in range(5):
        make_treatment(f"Treatment {n}", body=core_body("massage and more massage"))
    named = make_treatment("Massage", body=core_body("relaxation"))
    ids = top_page_ids(Page.objects.live(), [["massage"]], limit=1)
    assert ids == [named.pk]


def test_narrowed_candidates_keep_the_right_page_first(make_treatment, monkeypatch):
    """Twelve pages share "massage"; ranking reads only the backend's few best, and the right one leads."""
    for n in range(12):
        make_treatment(f"Treatment {n}", body=core_body(f"massage for area {n}"))
    meant = make_treatment("Sports massage", body=core_body("sports massage for runners"))
    read = []
    original = documents.get_for_keys
    monkeypatch.setattr(documents, "get_for_keys", lambda keys: read.append(len(keys)) or original(keys))
    everything = search_pages("sports massage", Page.objects.live()).hits
    monkeypatch.setattr(results_module, "ALL_CONCEPTS_CANDIDATES", 2)
    monkeypatch.setattr(results_module, "PER_CONCEPT_CANDIDATES", 2)
    narrowed = search_pages("sports massage", Page.objects.live()).hits
    assert everything[0].page_id == narrowed[0].page_id == meant.pk
    # All thirteen pages that say "massage" were read unnarrowed; at most 2 + 2 × 2 narrowed.
    assert read[0] >= 13 and read[1] <= 6
