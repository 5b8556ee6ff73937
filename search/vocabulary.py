"""The site's own words: what the pages say and the synonyms editors manage.

Spelling correction and partial words are resolved against this vocabulary, so a
suggestion is always a word that will find something. Its counts are kept in the
database, moved on every publish and unpublish (search/storage.py); a process reloads
them when the corpus version changes and shares them with every request it serves.
"""

import bisect
import copy
import math
import threading
from collections import Counter, defaultdict
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from treatments.taxonomy import names_by_key

from .corpus import sync_if_stale
from .documents import documents
from .languages import analysing, site_default
from .lexicon import Lexicon, entry_for
from .models import IndexedWord, SearchTerm, StoredDocument, Synonym
from .storage import current_state
from .text import content_stems, stem, stop_words, words


class Terms:
    """What editors manage, indexed for interpretation: the synonym groups and the search terms (lexicon).

    They change rarely and pages often, so a process builds this once per change of the terms
    (``SearchCorpus.terms_version``) and keeps it while publishes move the word counts.
    """

    def __init__(self, synonym_groups, terms=()):
        self.groups = []
        self.phrase_groups = defaultdict(set)
        self.forms = defaultdict(set)
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
        self.known = frozenset(w for s in self.synonym_stems for w in self.forms.get(s, ()))
        # Indexed by stem, so a query looks only at the phrases that share a word with it, not at every phrase.
        self.multiword = sorted(key for key in {*self.phrase_groups, *self.lexicon.meanings} if len(key) > 1)
        # Neighbouring words of the phrases the site and its lexicon know ("carpal tunnel", "gait analysis"):
        # the context that tells a real word typed by mistake ("carpel", "gate") from one meant.
        self.phrase_pairs = {frozenset(pair) for key in self.multiword for pair in zip(key, key[1:], strict=False)}
        self.multiword_by_stem = defaultdict(list)
        for order, key in enumerate(self.multiword):
            for part in set(key):
                self.multiword_by_stem[part].append(order)


class Vocabulary:
    def __init__(self, docs, synonym_groups, terms=()):
        word_df = Counter()
        for doc in docs:
            word_df.update(doc.words)
        counts = [(word, stem(word), df) for word, df in word_df.items()]
        self.index(Terms(synonym_groups, terms), counts, len(docs))

    @classmethod
    def from_counts(cls, word_counts, size, synonym_groups, terms=()):
        """The vocabulary from stored counts: [(word, stem, number of documents)] and the number of documents."""
        return cls.from_terms(Terms(synonym_groups, terms), word_counts, size)

    @classmethod
    def from_terms(cls, terms, word_counts, size):
        """The vocabulary of already indexed ``terms`` (a Terms) and stored counts."""
        vocabulary = cls.__new__(cls)
        vocabulary.index(terms, word_counts, size)
        return vocabulary

    def index(self, terms, word_counts, size):
        self.terms = terms
        self.size = size
        self.word_df = Counter()
        self.stem_df = Counter()
        self.forms = defaultdict(set, {key: set(forms) for key, forms in terms.forms.items()})
        for word, word_stem, df in word_counts:
            if df > 0:
                self.word_df[word] = df
                self.stem_df[word_stem] += df
                self.forms[word_stem].add(word)
        self.known = sorted(set(self.word_df) | terms.known)
        self.groups = terms.groups
        self.phrase_groups = terms.phrase_groups
        self.lexicon = terms.lexicon
        self.synonym_stems = terms.synonym_stems
        self.multiword = terms.multiword
        self.phrase_pairs = terms.phrase_pairs

    def updated(self, word_counts, size):
        """A new vocabulary with these words' counts ([(word, stem, number of documents)], as they are now;
        0 for a word no page uses any more) and ``size``: the work is proportional to what changed.

        A copy, not a change in place: threads searching with this vocabulary are never disturbed.
        """
        new = copy.copy(self)
        new.size = size
        new.word_df, new.stem_df, new.forms = Counter(self.word_df), Counter(self.stem_df), copy.copy(self.forms)
        new.known = list(self.known)
        for word, word_stem, df in word_counts:
            df = max(df, 0)
            old = new.word_df.get(word, 0)
            if df == old:
                continue
            new.stem_df[word_stem] += df - old
            if new.stem_df[word_stem] <= 0:
                del new.stem_df[word_stem]
            if df:
                new.word_df[word] = df
            else:
                del new.word_df[word]
            if old and df:
                continue
            forms = set(new.forms.get(word_stem, ()))  # a new set: the old one is still read by others
            position = bisect.bisect_left(new.known, word)
            listed = position < len(new.known) and new.known[position] == word
            if df:
                forms.add(word)
                if not listed:
                    new.known.insert(position, word)
            else:
                if word not in self.terms.forms.get(word_stem, ()):
                    forms.discard(word)
                if listed and word not in self.terms.known:
                    del new.known[position]
            new.forms[word_stem] = forms
        return new

    def multiword_sharing(self, stems_):
        """The synonym and lexicon phrases of several words that share a word with ``stems_``, in order."""
        by_stem = self.terms.multiword_by_stem
        return [self.multiword[order] for order in sorted({o for s in stems_ for o in by_stem.get(s, ())})]

    def is_known(self, word):
        key = stem(word)
        return key in self.stem_df or key in self.synonym_stems

    def is_written(self, word):
        """Whether the site (or a synonym) uses exactly this word."""
        index = bisect.bisect_left(self.known, word)
        return index < len(self.known) and self.known[index] == word

    def document_frequency(self, key):
        """How many pages use the rarest stem of a stem n-gram (an upper bound for the n-gram).

        A stem's count adds up its written forms' counts, so a page writing "quiropráctica" and
        "quiroprácticos" counts twice; never more than the number of pages, or the rarity would turn negative
        and a word on many pages would count against them."""
        return min(min((self.stem_df.get(s, 0) for s in key), default=0), self.size)

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
        """Known words within a small edit distance, closest and most common first. Never a stop word: the
        search drops those, and the commonest words are the nearest to any short typo ("seka" is one letter from
        both "seca" and "sea", a form of *ser*)."""
        if max_distance is None:
            max_distance = 1 if len(word) <= 5 else 2
        matches = process.extract(word, self.known, scorer=Levenshtein.distance, score_cutoff=max_distance, limit=30)
        stop = stop_words()
        matches = [match for match in matches if match[0] not in stop]
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


def search_terms(language=None):
    """The editors' search terms in ``language`` as lexicon entries, each with its body area's current name in
    that language (the name that language's pages are filed under, search/documents.py): one more query."""
    language = language or site_default()
    rows = list(SearchTerm.objects.filter(language=language).select_related("body_area"))
    areas = names_by_key([term.body_area for term in rows if term.body_area], language)
    return [entry_for(term, areas.get(term.body_area.translation_key) if term.body_area else "") for term in rows]


COUNT_FIELDS = ("word", "stem", "document_count")
_lock = threading.Lock()
EMPTY = {"version": None, "vocabulary": None, "terms_version": None, "terms": None, "words_changed": 0}
_cache = dict(EMPTY)
_other_languages = {}  # language -> (corpus version, vocabulary)
_documents_terms = {"version": None}  # the terms version of the documents this process holds


def forget():
    """Hold nothing, as a process that never searched (tests of a fresh worker)."""
    with _lock:
        _cache.clear()
        _cache.update(EMPTY)
        _other_languages.clear()
        _documents_terms["version"] = None


def get_vocabulary(language=None):
    """The vocabulary of the stored documents in ``language`` (default: the site's), brought up to date only
    when the corpus version row changed.

    Checking costs one single-row query. For the site's language, after a publish only the word counts that
    moved since this process last looked are read and applied; the synonyms and search terms are read again
    only when they changed, and every word count only in a process that has none yet. Another language's
    (smaller) vocabulary is counted again from its own stored documents' words (search/storage.py). Never
    the pages. Pages that went live without a publish signal are stored first (corpus.sync_if_stale).
    """
    language = language or site_default()
    version, stamp, words_changed, terms_version, size = current_state()
    if sync_if_stale(stamp):
        version, stamp, words_changed, terms_version, size = current_state()
    with _lock, analysing(language):
        if _documents_terms["version"] != terms_version:
            # Search terms changed, or a condition or body area was renamed or translated (search/corpus.py):
            # the stored documents that name it were rebuilt under their same revision, so read them all again.
            documents.forget()
            _documents_terms["version"] = terms_version
        if language != site_default():
            known_version, vocabulary = _other_languages.get(language, (None, None))
            if known_version != version:
                documents.forget_unversioned()
                vocabulary = other_language_vocabulary(language)
                _other_languages[language] = (version, vocabulary)
            return vocabulary
        if _cache["version"] != version:
            documents.forget_unversioned()
            _cache.update(
                vocabulary=brought_up_to_date(words_changed, terms_version, size),
                version=version,
                words_changed=words_changed,
            )
        return _cache["vocabulary"]


def brought_up_to_date(words_changed, terms_version, size):
    known = _cache["vocabulary"]
    if _cache["terms_version"] != terms_version or _cache["terms"] is None:
        # The editors' synonyms are English; another language has its terms in the lexicon (SearchTerm.language).
        groups = [synonym_phrases(*row) for row in Synonym.objects.values_list("term", "equivalents")]
        _cache.update(terms=Terms(groups, search_terms()), terms_version=terms_version)
        known = None
    if known is None or known.terms is not _cache["terms"] or words_changed < _cache["words_changed"]:
        counts = IndexedWord.objects.filter(document_count__gt=0).values_list(*COUNT_FIELDS)
        return Vocabulary.from_terms(_cache["terms"], list(counts), size)
    if words_changed == _cache["words_changed"]:
        return known.updated([], size)
    # Absolute counts, not deltas: applying a row twice (a change made while this one read) does no harm.
    return known.updated(
        list(IndexedWord.objects.filter(changed__gt=_cache["words_changed"]).values_list(*COUNT_FIELDS)), size
    )


def other_language_vocabulary(language):
    word_df = Counter()
    size = 0
    for words_ in StoredDocument.objects.filter(language=language).values_list("words", flat=True):
        word_df.update(words_)
        size += 1
    counts = [(word, stem(word), df) for word, df in word_df.items()]
    return Vocabulary.from_counts(counts, size, [], search_terms(language))
