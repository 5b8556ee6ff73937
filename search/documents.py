"""What a page says, field by field, in the form the ranking needs.

The search backend (database, Elasticsearch, OpenSearch) finds candidate pages; these
documents let us rank the candidates the same way on every backend, by where a word
appears: a treatment's name counts for more than a passing mention in its body.
Each page type says which of its text goes to which ranking field, in its
``search_document_fields()``; this module knows no page type.
"""

import re
from collections import OrderedDict, defaultdict
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from core.search_weights import WEIGHTS

from .ranking import LOOSE_FIELDS
from .text import ngrams, stems, words

SENTENCE = re.compile(r"(?<=[.!?])\s+")
MAX_SNIPPET_SENTENCES = 80


@dataclass
class SearchDocument:
    page_id: int
    title: str
    summary: str
    type_label: str
    is_primary: bool  # the page type's primary_search_result: ranked first, suggested as you type
    is_navigation: bool = False  # the page type's navigation_search_result (home, an index): found by name only
    conditions: tuple = ()  # names of what the page treats, for a result's evidence ("Treats: sciatica")
    body_areas: tuple = ()  # names of the body areas it is filed under
    weights: dict = field(default_factory=dict)  # stem n-gram -> weight of the best field it appears in
    field_stems: tuple = ()  # (weight, stems) per short field, heaviest first, for phrases in any word order
    short_stems: frozenset = frozenset()  # all stems of the short fields, to rule phrases out quickly
    words: frozenset = frozenset()  # every surface word, for the vocabulary
    sentences: tuple = ()  # plain text, for result snippets


def page_pieces(page):
    """The visible text of each ranking field of a specific page, as pieces (paragraphs, items, headings).

    A page type without ``search_document_fields()`` (Wagtail's root page) contributes its title and description.
    """
    if hasattr(page, "search_document_fields"):
        given = page.search_document_fields()
    else:
        given = {"title": [page.title], "summary": [page.search_description]}
    unknown = set(given) - set(WEIGHTS)
    if unknown:
        raise ValueError(f"{type(page).__name__}.search_document_fields() names no ranking field: {sorted(unknown)}")
    return {name: [piece for piece in given.get(name, ()) if piece and piece.strip()] for name in WEIGHTS}


def snippet_sentences(pieces):
    """Sentences for result snippets: every piece is split on its own, so no two pieces run together."""
    yield from pieces["summary"]  # short, and written to be quoted whole
    for name in ("overview", "body"):
        for piece in pieces[name]:
            yield from SENTENCE.split(piece)


def build_document(page):
    pieces = page_pieces(page)
    fields = {name: " ".join(texts) for name, texts in pieces.items()}
    weights = {}
    for name in sorted(WEIGHTS, key=WEIGHTS.get):  # heaviest field last, so it wins
        for gram in ngrams(stems(fields[name])):
            weights[gram] = WEIGHTS[name]
    field_stems = tuple(
        (WEIGHTS[name], frozenset(stems(fields[name])))
        for name in sorted(WEIGHTS, key=WEIGHTS.get, reverse=True)
        if name not in LOOSE_FIELDS and fields[name]
    )
    all_text = " ".join(fields.values())
    sentences = snippet_sentences(pieces)
    return SearchDocument(
        page_id=page.pk,
        title=page.title,
        summary=fields["summary"],
        type_label=page.specific_class._meta.verbose_name.capitalize(),
        is_primary=getattr(page, "primary_search_result", False),
        is_navigation=getattr(page, "navigation_search_result", False),
        conditions=tuple(dict.fromkeys(pieces["conditions"])),
        body_areas=tuple(pieces["body_areas"]),
        weights=weights,
        field_stems=field_stems,
        short_stems=frozenset().union(*(stems_ for _, stems_ in field_stems)),
        words=frozenset(words(all_text)),
        sentences=tuple(s for s in sentences if s.strip())[:MAX_SNIPPET_SENTENCES],
    )


class DocumentStore:
    """Documents kept in memory per process, keyed by page and published revision, so never stale."""

    def __init__(self, size=5000):
        self.size = size
        self.items = OrderedDict()

    @staticmethod
    def key(page):
        return (page.pk, page.live_revision_id, page.last_published_at)

    def get_for_keys(self, keys):
        """Documents for (page id, live revision id, last published) keys, by page id; built when missing."""
        missing = [key for key in keys if key not in self.items]
        if missing:
            self.load(missing)
        found = {}
        for key in keys:
            if key in self.items:
                self.items.move_to_end(key)
                found[key[0]] = self.items[key]
        return found

    def load(self, keys):
        keys = {key[0]: key for key in keys}
        for chunk in chunks(list(keys), 500):
            for page in specific_pages(chunk):
                self.items[keys[page.pk]] = build_document(page)
        while len(self.items) > self.size:
            self.items.popitem(last=False)


def chunks(items, size):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def specific_pages(page_ids):
    """The pages as their own types, each type with what its search document reads beyond its row
    (``search_document_prefetch``): one query per type and relation, whatever the number of pages."""
    by_type = defaultdict(list)
    for page_id, content_type_id in Page.objects.filter(pk__in=page_ids).values_list("pk", "content_type_id"):
        by_type[content_type_id].append(page_id)
    for content_type_id, ids in by_type.items():
        # A type whose model is gone (an uninstalled app) is still a page: read it as one.
        model = ContentType.objects.get_for_id(content_type_id).model_class() or Page
        yield from model.objects.filter(pk__in=ids).prefetch_related(*getattr(model, "search_document_prefetch", ()))


documents = DocumentStore()
