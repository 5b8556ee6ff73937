"""Site search results: interpret the query, let the search backend find candidates, rank them by intent.

Retrieval stays with the configured Wagtail search backend (the database here;
Elasticsearch or OpenSearch by configuration). Ranking is ours because backends weigh
fields differently (SQLite's index knows only "title" and "body") and because what a
patient means is clinic knowledge: a treatment named or known by the words they typed
beats a page that mentions them in passing, on every backend alike.
"""

from dataclasses import dataclass, field

from wagtail.models import Page

from .documents import documents
from .interpretation import Interpretation, interpret
from .languages import analysing, site_default
from .ranking import prepare, score, without_noise
from .retrieval import top_page_ids_of_each
from .vocabulary import get_vocabulary

# How many pages the backend hands over, by its own relevance: those matching every concept, and the
# best for each concept alone (a page may rank first on one strong match). Ranking work is proportional
# to these, not to every page that shares a common word.
ALL_CONCEPTS_CANDIDATES = 60
PER_CONCEPT_CANDIDATES = 30
KEY_FIELDS = ("pk", "live_revision_id", "last_published_at")


@dataclass
class Hit:
    page_id: int
    document: object
    score: float
    matched: set = field(default_factory=set)  # stems that matched, for highlighting
    page: Page = None  # attached for the hits that are shown


@dataclass
class Outcome:
    interpretation: object
    hits: list
    unknown: list = field(default_factory=list)  # what the visitor asked about that no page says in any form


def search_pages(query, pages, correct=True, treatments_only=False, language=None):
    """Rank the pages in ``language`` (default: the site's) among ``pages`` (a Page queryset: the caller's
    site, live and public) for ``query``, read as that language; returns an Outcome."""
    language = language or site_default()
    with analysing(language):
        return _search_pages(query, pages, correct, treatments_only, language)


def _search_pages(query, pages, correct, treatments_only, language):
    vocabulary = get_vocabulary(language)
    interpretation = interpret(query, vocabulary, correct=correct)
    retrieval = interpretation.retrieval_words(vocabulary)
    if not interpretation.concepts or not retrieval:
        return Outcome(interpretation, [])
    docs = documents.get_for_keys(candidate_keys(pages, interpretation, vocabulary, language))
    concepts = prepare(interpretation.concepts, vocabulary)
    hits = []
    for page_id, doc in docs.items():
        if treatments_only and not doc.is_primary:
            continue
        value, matched = score(doc, concepts)
        if value > 0:
            hits.append(Hit(page_id=page_id, document=doc, score=value, matched=matched))
    hits.sort(key=lambda h: (-h.score, h.document.title))
    unknown = [
        concept.label
        for concept in interpretation.concepts
        if not any(vocabulary.document_frequency(key) for key in concept.variants)
    ]
    return Outcome(interpretation, without_noise(hits), unknown)


def candidate_keys(pages, interpretation, vocabulary, language):
    """(id, live revision, last published) of the backend's best matches among ``pages`` in ``language``."""
    groups = [Interpretation(interpretation.typed, [c]).retrieval_words(vocabulary) for c in interpretation.concepts]
    requests = [(groups, ALL_CONCEPTS_CANDIDATES)] if len(groups) > 1 else []
    requests += [([group], PER_CONCEPT_CANDIDATES) for group in groups]
    ids = set(top_page_ids_of_each(pages, requests, language))
    return list(pages.filter(pk__in=ids, locale__language_code=language).values_list(*KEY_FIELDS))


def attach_pages(hits):
    """Give the hits about to be shown their Page objects (one query), for URLs."""
    hits = list(hits)
    pages = Page.objects.in_bulk([hit.page_id for hit in hits])
    for hit in hits:
        hit.page = pages.get(hit.page_id)
    return [hit for hit in hits if hit.page is not None]
