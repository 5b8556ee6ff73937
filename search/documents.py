"""What a page says, field by field, in the form the ranking needs.

The search backend (database, Elasticsearch, OpenSearch) finds candidate pages; these
documents let us rank the candidates the same way on every backend, by where a word
appears: a treatment's name counts for more than a passing mention in its body.
"""

import re
from collections import OrderedDict
from dataclasses import dataclass, field

from wagtail.blocks import StreamValue
from wagtail.models import Page

from .text import ngrams, stems, words
from .visible_text import rich_text_pieces, stream_pieces

# How much a match in each field says about what the page is for.
FIELD_WEIGHTS = {
    "title": 10.0,
    "also_known_as": 9.0,
    "conditions": 6.0,
    "body_areas": 4.0,
    "summary": 3.0,
    "overview": 3.0,
    "body": 1.0,
}
# In long text, words of a phrase far apart mean nothing together; elsewhere ("Neck pain
# and stiffness") they usually do.
LOOSE_FIELDS = {"body"}
SENTENCE = re.compile(r"(?<=[.!?])\s+")
MAX_SNIPPET_SENTENCES = 80


@dataclass
class SearchDocument:
    page_id: int
    title: str
    summary: str
    type_label: str
    is_treatment: bool
    weights: dict = field(default_factory=dict)  # stem n-gram -> weight of the best field it appears in
    field_stems: tuple = ()  # (weight, stems) per short field, heaviest first, for phrases in any word order
    short_stems: frozenset = frozenset()  # all stems of the short fields, to rule phrases out quickly
    words: frozenset = frozenset()  # every surface word, for the vocabulary
    sentences: tuple = ()  # plain text, for result snippets


def page_pieces(page, labels):
    """The visible text of each ranking field of a specific page, as pieces (paragraphs, items, headings).

    ``labels`` holds its conditions and body areas.
    """
    fields = {name: [] for name in FIELD_WEIGHTS}
    fields["title"].append(page.title)
    fields["also_known_as"].append(getattr(page, "also_known_as", ""))
    fields["summary"].append(getattr(page, "search_summary", "") or page.search_description)
    fields["conditions"] += labels.get("conditions", [])
    fields["body_areas"] += labels.get("body_areas", [])
    for name in ("intro", "hero_text"):
        fields["body"] += rich_text_pieces(getattr(page, name, ""))
    body = getattr(page, "body", None)
    if isinstance(body, StreamValue):
        for block_type, pieces in stream_pieces(body):
            target = block_type if block_type in ("overview", "conditions") else "body"
            fields[target] += pieces
    return {name: [piece for piece in pieces if piece and piece.strip()] for name, pieces in fields.items()}


def snippet_sentences(pieces):
    """Sentences for result snippets: every piece is split on its own, so no two pieces run together."""
    yield from pieces["summary"]  # short, and written to be quoted whole
    for name in ("overview", "body"):
        for piece in pieces[name]:
            yield from SENTENCE.split(piece)


def build_document(page, labels):
    pieces = page_pieces(page, labels)
    fields = {name: " ".join(texts) for name, texts in pieces.items()}
    weights = {}
    for name in sorted(FIELD_WEIGHTS, key=FIELD_WEIGHTS.get):  # heaviest field last, so it wins
        for gram in ngrams(stems(fields[name])):
            weights[gram] = FIELD_WEIGHTS[name]
    field_stems = tuple(
        (FIELD_WEIGHTS[name], frozenset(stems(fields[name])))
        for name in sorted(FIELD_WEIGHTS, key=FIELD_WEIGHTS.get, reverse=True)
        if name not in LOOSE_FIELDS and fields[name]
    )
    all_text = " ".join(fields.values())
    sentences = snippet_sentences(pieces)
    return SearchDocument(
        page_id=page.pk,
        title=page.title,
        summary=fields["summary"],
        type_label=page.specific_class._meta.verbose_name.capitalize(),
        is_treatment=page.specific_class._meta.label == "treatments.TreatmentPage",
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

    def get_many(self, pages):
        """Documents for Page objects, by page id."""
        return self.get_for_keys([self.key(page) for page in pages])

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
        labels = treatment_labels(list(keys))
        for chunk in chunks(list(keys), 500):
            for page in Page.objects.filter(pk__in=chunk).specific():
                self.items[keys[page.pk]] = build_document(page, labels.get(page.pk, {}))
        while len(self.items) > self.size:
            self.items.popitem(last=False)


def chunks(items, size):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def treatment_labels(page_ids):
    """Condition and body-area names for these pages, in two queries whatever their number."""
    from treatments.models import TreatmentPage

    labels = {}
    for name, target in (("conditions", "condition"), ("body_areas", "bodyarea")):
        through = getattr(TreatmentPage, name).through
        rows = through.objects.filter(treatmentpage_id__in=page_ids).values_list("treatmentpage_id", f"{target}__name")
        for page_id, label in rows:
            labels.setdefault(page_id, {}).setdefault(name, []).append(label)
    return labels


documents = DocumentStore()
