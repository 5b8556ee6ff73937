"""The site's own words: what the pages say and the synonyms editors manage.

Spelling correction and partial words are resolved against this vocabulary, so a
suggestion is always a word that will find something. Its counts are kept in the
database, moved on every publish and unpublish (search/storage.py); a process reloads
them when the corpus version changes and shares them with every request it serves.
"""

import bisect
import math
import threading
from collections import Counter, defaultdict
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from .corpus import sync_if_stale
from .documents import documents
from .lexicon import Lexicon, entry_for
from .models import IndexedWord, SearchCorpus, SearchTerm, Synonym
from .storage import current_state
from .text import content_stems, stem, words


class Vocabulary:
    def __init__(self, docs, synonym_groups, terms=()):
        word_df = Counter()
        for doc in docs:
            word_df.update(doc.words)
        self.index(word_df, len(docs), synonym_groups, terms)

    @classmethod
    def from_counts(cls, word_counts, size, synonym_groups, terms=()):
        """The vocabulary from stored counts: [(word, stem, number of documents)] and the number of documents."""
        vocabulary = cls.__new__(cls)
        vocabulary.index(Counter(), size, synonym_groups, terms, word_counts)
        return vocabulary

    def index(self, word_df, size, synonym_groups, terms=(), word_counts=None):
        self.size = size
        self.word_df = word_df
        if word_counts is None:
            word_counts = [(word, stem(word), df) for word, df in word_df.items()]
        self.stem_df = Counter()
        self.forms = defaultdict(set)
        for word, word_stem, df in word_counts:
            self.word_df[word] = df
            self.stem_df[word_stem] += df
            self.forms[word_stem].add(word)
        self.groups = []
        self.phrase_groups = defaultdict(set)
        for phrases in synonym_groups:
            keys = [key for key in (content_stems(phrase) for phrase in phrases) if key]
            if len(keys) < 2:
                continue
            self.groups.append(keys)
            for key in keys:
                self.phrase_groups[key].add(len(self.groups) - 1)
            for phrase in phrases:
                for word, word_stem in phrase_words(phrase):
                    self.forms[word_stem].add(word)
        self.lexicon = Lexicon(terms)
        for word in self.lexicon.words:
            self.forms[stem(word)].add(word)
        self.synonym_stems = {s for key in self.phrase_groups for s in key} | self.lexicon.stems
        self.known = sorted(set(self.word_df) | {w for s in self.synonym_stems for w in self.forms[s]})
        self.multiword = sorted(key for key in {*self.phrase_groups, *self.lexicon.meanings} if len(key) > 1)
        # Neighbouring words of the phrases the site and its lexicon know ("carpal tunnel", "gait analysis"):
        # the context that tells a real word typed by mistake ("carpel", "gate") from one meant.
        self.phrase_pairs = {frozenset(pair) for key in self.multiword for pair in zip(key, key[1:], strict=False)}

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
        found = self.corrections(word, max_distance)
        return found[0] if found else None

    def corrections(self, word, max_distance=None):
        """Known words within a small edit distance, closest and most common first."""
        if max_distance is None:
            max_distance = 1 if len(word) <= 5 else 2
        matches = process.extract(word, self.known, scorer=Levenshtein.distance, score_cutoff=max_distance, limit=20)
        ranked = sorted(matches, key=lambda m: (m[1], m[0][0] != word[0], -self.word_df.get(m[0], 0), m[0]))
        return [match[0] for match in ranked]

    def in_phrase_with(self, word, neighbour):
        """Whether two words stand side by side in a phrase the site or its lexicon knows."""
        return frozenset((stem(word), stem(neighbour))) in self.phrase_pairs

    def synonyms_of(self, key):
        return [other for group in self.phrase_groups.get(key, ()) for other in self.groups[group] if other != key]


# Synonyms change rarely and pages often: a process reloading the vocabulary after a publish reads the
# synonym rows again, but folds and stems each phrase only once (the thesaurus has about 2,000).
@lru_cache(maxsize=20_000)
def phrase_words(phrase):
    return tuple((word, stem(word)) for word in words(phrase))


@lru_cache(maxsize=5_000)
def synonym_phrases(term, equivalents):
    return tuple(Synonym(term=term, equivalents=equivalents).phrases())


def search_terms():
    """The editors' search terms as lexicon entries, each with its body area's current name."""
    return [entry_for(term) for term in SearchTerm.objects.select_related("body_area")]


_lock = threading.Lock()
_cache = {"version": None, "vocabulary": None}


def get_vocabulary():
    """The vocabulary of the stored documents, reloaded only when the corpus version row changed.

    Checking costs one single-row query; reloading reads the word counts (one row per distinct word),
    never the pages. Pages that went live without a publish signal are stored first (corpus.sync_if_stale).
    """
    version, stamp = current_state()
    if sync_if_stale(stamp):
        version, stamp = current_state()
    with _lock:
        if _cache["version"] != version:
            documents.forget_unversioned()
            counts = IndexedWord.objects.filter(document_count__gt=0).values_list("word", "stem", "document_count")
            size = SearchCorpus.objects.filter(pk=1).values_list("document_count", flat=True).first() or 0
            groups = [synonym_phrases(*row) for row in Synonym.objects.values_list("term", "equivalents")]
            _cache.update(
                version=version, vocabulary=Vocabulary.from_counts(list(counts), size, groups, search_terms())
            )
        return _cache["vocabulary"]
