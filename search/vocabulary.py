"""The site's own words: what the pages say and the synonyms editors manage.

Spelling correction and partial words are resolved against this vocabulary, so a
suggestion is always a word that will find something. It is rebuilt when pages are
published or unpublished, or synonyms change, and shared by every request in a process.
"""

import bisect
import math
import threading
from collections import Counter, defaultdict

from django.core.cache import cache
from django.db import transaction
from django.db.models import Count, Max
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein
from wagtail.models import Page

from core.page_cache import generation
from core.visibility import without_restricted

from .documents import documents
from .lexicon import Lexicon, entry_for
from .models import SearchTerm, Synonym
from .text import content_stems, stem, words


class Vocabulary:
    def __init__(self, docs, synonym_groups, terms=()):
        self.size = len(docs)
        self.word_df = Counter()
        for doc in docs:
            self.word_df.update(doc.words)
        self.stem_df = Counter()
        self.forms = defaultdict(set)
        for word, df in self.word_df.items():
            self.stem_df[stem(word)] += df
            self.forms[stem(word)].add(word)
        self.groups = []
        self.phrase_groups = defaultdict(set)
        for phrases in synonym_groups:
            keys = [key for key in (content_stems(phrase) for phrase in phrases) if key]
            if len(keys) < 2:
                continue
            self.groups.append(keys)
            for key in keys:
                self.phrase_groups[key].add(len(self.groups) - 1)
            for word in words(" ".join(phrases)):
                self.forms[stem(word)].add(word)
        self.lexicon = Lexicon(terms)
        for word in self.lexicon.words:
            self.forms[stem(word)].add(word)
        self.synonym_stems = {s for key in self.phrase_groups for s in key} | self.lexicon.stems
        self.known = sorted(set(self.word_df) | {w for s in self.synonym_stems for w in self.forms[s]})
        self.multiword = [key for key in {*self.phrase_groups, *self.lexicon.meanings} if len(key) > 1]

    def is_known(self, word):
        key = stem(word)
        return key in self.stem_df or key in self.synonym_stems

    def is_written(self, word):
        """Whether the site (or a synonym) uses exactly this word."""
        index = bisect.bisect_left(self.known, word)
        return index < len(self.known) and self.known[index] == word

    def document_frequency(self, key):
        """How many pages use the rarest stem of a stem n-gram (an upper bound for the n-gram)."""
        return min((self.stem_df.get(s, 0) for s in key), default=0)

    def idf(self, key):
        """Rarity of a stem n-gram across the site: rare words say more about what a visitor wants."""
        return math.log((self.size + 1) / (self.document_frequency(key) + 0.5)) + 0.1

    def completions(self, prefix, limit=5):
        """Known words that start with ``prefix`` (longer than it), most common first."""
        start = bisect.bisect_right(self.known, prefix)
        found = []
        for word in self.known[start:]:
            if not word.startswith(prefix):
                break
            found.append(word)
        return sorted(found, key=lambda w: (-self.word_df.get(w, 0), len(w)))[:limit]

    def correction(self, word, max_distance=None):
        """The closest known word within a small edit distance, preferring common words; None if none."""
        if max_distance is None:
            max_distance = 1 if len(word) <= 5 else 2
        matches = process.extract(word, self.known, scorer=Levenshtein.distance, score_cutoff=max_distance, limit=20)
        if not matches:
            return None
        best = min(matches, key=lambda m: (m[1], m[0][0] != word[0], -self.word_df.get(m[0], 0), m[0]))
        return best[0]

    def synonyms_of(self, key):
        return [other for group in self.phrase_groups.get(key, ()) for other in self.groups[group] if other != key]


_lock = threading.Lock()
_cache = {"version": None, "vocabulary": None}


# The version costs two aggregate queries; asking once per page-cache generation (which changes on
# every publish, unpublish, move, delete or privacy change) keeps a search within its query budget.
# Synonym changes forget it explicitly; the timeout catches changes that bypass signals (bulk updates).
VERSION_TIMEOUT = 300


def version_key():
    return f"search:corpus-version:{generation()}"


def corpus_version():
    key = version_key()
    version = cache.get(key)
    if version is None:
        pages = without_restricted(Page.objects.live()).aggregate(n=Count("id"), last=Max("last_published_at"))
        synonyms = Synonym.objects.aggregate(n=Count("id"), last=Max("updated_at"))
        terms = SearchTerm.objects.aggregate(n=Count("id"), last=Max("updated_at"))
        version = (pages["n"], pages["last"], synonyms["n"], synonyms["last"], terms["n"], terms["last"])
        cache.set(key, version, VERSION_TIMEOUT)
    return version


def forget_corpus_version(**kwargs):
    """Connected to Synonym and SearchTerm saves and deletes: the next search rebuilds the vocabulary."""
    cache.delete(version_key())
    transaction.on_commit(lambda: cache.delete(version_key()))


def search_terms():
    """The editors' search terms as lexicon entries, each with its body area's current name."""
    return [entry_for(term) for term in SearchTerm.objects.select_related("body_area")]


def get_vocabulary():
    version = corpus_version()
    with _lock:
        if _cache["version"] != version:
            keys = list(Page.objects.live().public().values_list("id", "live_revision_id", "last_published_at"))
            # Every live page's document is needed for the vocabulary: keep room for all of them.
            documents.size = max(documents.size, 2 * len(keys))
            docs = list(documents.get_for_keys(keys).values())
            groups = [synonym.phrases() for synonym in Synonym.objects.all()]
            _cache.update(version=version, vocabulary=Vocabulary(docs, groups, search_terms()))
        return _cache["vocabulary"]
