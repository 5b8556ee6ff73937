"""Site search: understand the query, let the search backend find candidates, rank them by intent.

Retrieval stays with the configured Wagtail search backend (the database here;
Elasticsearch or OpenSearch by configuration). Ranking is ours because backends weigh
fields differently (SQLite's index knows only "title" and "body") and because what a
patient means is clinic knowledge: a treatment named or known by the words they typed
beats a page that mentions them in passing, on every backend alike.
"""

from dataclasses import dataclass, field

from wagtail.models import Page

from .documents import documents
from .understanding import interpret
from .vocabulary import get_vocabulary

CANDIDATES = 200
ANY_ORDER = 0.8
NON_TREATMENT_FACTOR = 0.5  # a content page that mentions a term ranks below a treatment about it


@dataclass
class Hit:
    page: Page
    document: object
    score: float
    matched: set = field(default_factory=set)  # stems that matched, for highlighting


@dataclass
class Outcome:
    interpretation: object
    hits: list


def search_pages(query, pages=None, correct=True, treatments_only=False):
    """Rank the live pages (or ``pages``, a Page queryset) for ``query``; returns an Outcome."""
    vocabulary = get_vocabulary()
    interpretation = interpret(query, vocabulary, correct=correct)
    retrieval = interpretation.retrieval_words(vocabulary)
    if not interpretation.concepts or not retrieval:
        return Outcome(interpretation, [])
    pages = Page.objects.live().public() if pages is None else pages
    candidates = list(pages.search(" ".join(retrieval), operator="or")[:CANDIDATES])
    docs = documents.get_many(candidates)
    idf = {key: vocabulary.idf(key) for c in interpretation.concepts for key in c.variants}
    hits = []
    for page in candidates:
        doc = docs.get(page.pk)
        if doc is None or (treatments_only and not doc.is_treatment):
            continue
        hit = score(page, doc, interpretation.concepts, idf)
        if hit.score > 0:
            hits.append(hit)
    hits.sort(key=lambda h: (-h.score, h.document.title))
    return Outcome(interpretation, hits)


def phrase_in_any_order(doc, key):
    """A multi-word phrase whose words all appear in one short field counts, slightly discounted."""
    if len(key) < 2:
        return 0.0
    return next((weight * ANY_ORDER for weight, stems in doc.field_stems if stems.issuperset(key)), 0.0)


def score(page, doc, concepts, idf):
    total, matched_concepts, matched = 0.0, 0, set()
    for concept in concepts:
        best = 0.0
        for key, weight in concept.variants.items():
            field_weight = doc.weights.get(key) or phrase_in_any_order(doc, key)
            if field_weight:
                matched.update(key)
                best = max(best, field_weight * weight * idf[key])
        if best:
            matched_concepts += 1
            total += best
    coverage = matched_concepts / len(concepts)
    value = total * (0.4 + 0.6 * coverage)
    if not doc.is_treatment:
        value *= NON_TREATMENT_FACTOR
    return Hit(page=page, document=doc, score=value, matched=matched)
