"""Words, stems and stop words: the one place that decides what counts as "the same word".

Query and page text both go through these functions, so a plural, a verb form or a
capital letter never stops a match, on any database.
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")

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


_stemmer = snowballstemmer.stemmer("english")

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


@lru_cache(maxsize=50_000)
def stem(word):
    word = word.removesuffix("'s")
    return _stemmer.stemWord(IRREGULAR.get(word, word))


def stems(text):
    return tuple(stem(word) for word in words(text))


def ngrams(sequence, longest=4):
    """Every run of 1..longest consecutive items, for matching multi-word phrases."""
    return {tuple(sequence[i : i + n]) for n in range(1, longest + 1) for i in range(len(sequence) - n + 1)}


# Synonyms and search terms change rarely and pages often: a process reloading the vocabulary after a
# publish folds and stems each of their phrases only once (the thesaurus and lexicon have thousands).
@lru_cache(maxsize=20_000)
def content_stems(phrase):
    """A phrase's stems without its stop words ("back of the knee" -> back, knee), or all of them if that is all."""
    return tuple(stem(w) for w in words(phrase) if w not in STOP_WORDS) or stems(phrase)
