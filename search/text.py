"""Words, stems and stop words: the one place that decides what counts as "the same word".

Query and page text both go through these functions, so a plural, a verb form, a capital letter or a
missing accent never stops a match, on any database. Stems and stop words are those of the language being
analysed (search/languages.py): English unless a Spanish page or a search on /es/ says otherwise.
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

from . import spanish
from .languages import current

WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
ACCENTED_WORD = re.compile(r"[^\W_]+")

# Words that carry no meaning for finding a treatment: question scaffolding
# ("is", "does", "can"), pronouns and fillers. Searching for them would rank pages by
# how often they say "my" or "after".
STOP_WORDS = frozenset(
    """
    a about after again all also am an and any are as at be been before being both but by can could did
    do does doing done during each for from further get gets getting got had has have having he her here
    hers him his how i i'd i'm i've if in into is it it's its itself just me more most my myself no nor
    not of on once only or other our ours over own same she should so some such than that the their them
    then there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours yourself anyone anything can't cant dont
    don't doesnt doesn't isnt isn't im ive id thing things something really much many lot lots bit kind
    sort way ways help helps helping best good better work works need needs want wants should would like
    feel feels feeling keep keeps get
    """.split()  # noqa: SIM905 - a word list reads better as text
)


_stemmers = {"en": snowballstemmer.stemmer("english"), "es": snowballstemmer.stemmer("spanish")}
STOP_WORDS_BY_LANGUAGE = {"en": STOP_WORDS, "es": spanish.STOP_WORDS}

# Irregular forms the stemmer cannot see are the same word ("I slept wrong", "a torn ligament").
IRREGULAR = {
    "slept": "sleep",
    "ran": "run",
    "fell": "fall",
    "fallen": "fall",
    "torn": "tear",
    "tore": "tear",
    "broke": "break",
    "broken": "break",
    "struck": "strike",
    "bent": "bend",
    "swollen": "swell",
    "felt": "feel",
    "lay": "lie",
    "lying": "lie",
    "lain": "lie",
    "stood": "stand",
    "sat": "sit",
    "woke": "wake",
    "woken": "wake",
    "caught": "catch",
    "threw": "throw",
    "thrown": "throw",
    "hit": "hit",
    "hurt": "hurt",
    "feet": "foot",
    "teeth": "tooth",
    "calves": "calf",
    "knives": "knife",
    "children": "child",
    "women": "woman",
    "men": "man",
}


def fold(text):
    """Lower-case and strip accents, so “Café” and “cafe” match."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text):
    return WORD.findall(fold(text))


def stop_words():
    """The stop words of the language being analysed."""
    return STOP_WORDS_BY_LANGUAGE[current()]


def stem(word):
    return _stem(current(), word)


@lru_cache(maxsize=50_000)
def _stem(language, word):
    if language == "es":
        word = fold(word)  # the stemmer's accented suffixes would part "punción" from "puncion"
        return _stemmers["es"].stemWord(spanish.IRREGULAR.get(word, word))
    word = word.removesuffix("'s")
    return _stemmers["en"].stemWord(IRREGULAR.get(word, word))


def stems(text):
    return tuple(stem(word) for word in words(text))


def ngrams(sequence, longest=4):
    """Every run of 1..longest consecutive items, for matching multi-word phrases."""
    return {tuple(sequence[i : i + n]) for n in range(1, longest + 1) for i in range(len(sequence) - n + 1)}


# Synonyms and search terms change rarely and pages often: a process reloading the vocabulary after a
# publish folds and stems each of their phrases only once (the thesaurus and lexicon have thousands).
def content_stems(phrase):
    """A phrase's stems without its stop words ("back of the knee" -> back, knee), or all of them if that is all."""
    return _content_stems(current(), phrase)


@lru_cache(maxsize=20_000)
def _content_stems(language, phrase):
    stop = STOP_WORDS_BY_LANGUAGE[language]
    return tuple(_stem(language, w) for w in words(phrase) if w not in stop) or tuple(
        _stem(language, w) for w in words(phrase)
    )


def written_forms(text):
    """Lower-case words as written, accents kept ("punción"): the forms a search index holds, for
    languages whose pages use accents (a database index matches "punción" only when asked for it)."""
    return {word for word in ACCENTED_WORD.findall(text.lower().replace("’", "'")) if fold(word) != word}
