"""What a page says, field by field, in the form the ranking needs.

The search backend (database, Elasticsearch, OpenSearch) finds candidate pages; these
documents let us rank the candidates the same way on every backend, by where a word
appears: a treatment's name counts for more than a passing mention in its body.
Each page type says which of its text goes to which ranking field, in its
``search_document_fields()``; this module knows no page type.
"""

import re
from collections import OrderedDict, defaultdict
from dataclasses import dataclass, field, fields

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale, Page

from core.search_weights import WEIGHTS

from .languages import analysing, normalise, site_default
from .models import StoredDocument
from .ranking import LOOSE_FIELDS
from .storage import save_documents
from .text import ngrams, stems, words, written_forms

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


def build_document(page, language=None):
    """The page's document, its words stemmed as its language's (``language``, default the site's)."""
    language = language or site_default()
    with analysing(language):
        return _build_document(page, language)


def _build_document(page, language):
    pieces = page_pieces(page)
    fields = {name: " ".join(texts) for name, texts in pieces.items()}
    weights = {}
    for name in sorted(WEIGHTS, key=WEIGHTS.get):  # heaviest field last, so it wins
        # A phrase is read within one piece: two condition names side by side ("Neck stiffness", "Neck,
        # shoulder and upper back tightness") do not make a third ("stiffness, neck" read as "stiff neck").
        for piece in pieces[name]:
            for gram in ngrams(stems(piece)):
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
        # Pages in another language keep their accented forms too: a database index (PostgreSQL's) finds
        # "punción" only when asked for "punción", while queries and stems are folded ("puncion").
        words=frozenset(words(all_text)) | (written_forms(all_text) if language != site_default() else frozenset()),
        sentences=tuple(s for s in sentences if s.strip())[:MAX_SNIPPET_SENTENCES],
    )


DOCUMENT_FORMAT = 4  # raise when build_document() or stemming changes: stored documents are then rebuilt

# Fields whose values are not plain JSON, and how they go to and from a stored row. Any other field a
# SearchDocument gains is stored as it is, so it must be JSON-serialisable.
ENCODERS = {
    "weights": lambda weights: {" ".join(key): weight for key, weight in weights.items()},
    "field_stems": lambda pairs: [[weight, sorted(stems_)] for weight, stems_ in pairs],
    "short_stems": sorted,
    "words": sorted,
    "sentences": list,
}


class StoredWeights(dict):
    """A stored document's weights, kept as stored (n-grams joined by spaces) and looked up by n-gram tuple
    like the built ones: decoding needs no work per n-gram, and a process holds fewer objects."""

    def get(self, key, default=None):
        return super().get(" ".join(key), default)

    def __getitem__(self, key):
        return super().__getitem__(" ".join(key))

    def __contains__(self, key):
        return super().__contains__(" ".join(key))


DECODERS = {
    "weights": StoredWeights,
    "field_stems": lambda pairs: tuple((weight, frozenset(stems_)) for weight, stems_ in pairs),
    "short_stems": frozenset,
    "words": frozenset,
    "sentences": tuple,
}


def encode(doc):
    """A document as a JSON object: every dataclass field, so fields added later are stored too."""
    return {f.name: ENCODERS.get(f.name, _same)(getattr(doc, f.name)) for f in fields(SearchDocument)}


def decode(data):
    known = {f.name for f in fields(SearchDocument)}
    return SearchDocument(**{name: DECODERS.get(name, _same)(value) for name, value in data.items() if name in known})


def _same(value):
    return value


class DocumentStore:
    """Search documents read from the database table every process shares (built on publish, search/corpus.py).

    A process keeps only the documents recent searches needed (at most ``size``), decoded; it never holds
    every page's document. A key names a published revision, so a publish never makes a kept document
    stale, except for pages made live without ever being published (their key has neither revision nor
    publication time): ``forget_unversioned()`` drops those whenever the stored documents change.
    """

    def __init__(self, size=1000):
        self.size = size
        self.items = OrderedDict()

    @staticmethod
    def key(page):
        return (page.pk, page.live_revision_id, page.last_published_at)

    def forget(self):
        self.items.clear()

    def forget_unversioned(self):
        for key in [key for key in self.items if key[1] is None and key[2] is None]:
            del self.items[key]

    def get_for_keys(self, keys):
        """Documents for (page id, live revision id, last published) keys, by page id.

        Read from the table; a page whose stored document is missing or of another revision (pages
        made without publishing, or published before the table existed) has it built and stored now.
        """
        missing = [key for key in keys if key not in self.items]
        if missing:
            self.load(missing)
        found = {}
        for key in keys:
            if key in self.items:
                self.items.move_to_end(key)
                found[key[0]] = self.items[key]
        while len(self.items) > self.size:
            self.items.popitem(last=False)
        return found

    def load(self, keys):
        wanted = {key[0]: key for key in keys}
        for chunk in chunks(list(wanted), 500):
            rows = StoredDocument.objects.filter(page_id__in=chunk).values_list(
                "page_id", "revision_id", "published_at", "data"
            )
            for page_id, revision_id, published_at, data in rows:
                if wanted[page_id] == (page_id, revision_id, published_at):
                    self.items[wanted[page_id]] = decode(data)
        stale = [page_id for page_id, key in wanted.items() if key not in self.items]
        if stale:
            self.items.update(store_pages(stale))


def store_pages(page_ids):
    """Build the documents of these pages from their live content and store them; returns {key: document}."""
    built, languages = {}, {}
    locales = dict(Locale.objects.values_list("pk", "language_code"))
    for chunk in chunks(list(page_ids), 500):
        for page in specific_pages(chunk):
            languages[page.pk] = normalise(locales.get(page.locale_id))
            built[DocumentStore.key(page)] = build_document(page, languages[page.pk])
    save_documents([(key[0], key[1], key[2], sorted(doc.words), encode(doc)) for key, doc in built.items()], languages)
    return built


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
