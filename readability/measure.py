"""The reading grade of a page's visible text, and what makes it hard.

Flesch–Kincaid grade and SMOG come from textstat (via ``syllables``, so no download is ever attempted).
Words a page cannot avoid — its treatment names and the terms in the editors' glossary — are scored as
one short word each, so "Instrument-Assisted Soft Tissue Mobilization" does not push a page over target.
"""

import re
from dataclasses import dataclass, field

import textstat

from . import syllables  # noqa: F401 (gives textstat its dictionary offline)
from .sentences import sentences, words

LONGEST_SHOWN = 3
HARDEST_SHOWN = 10
HARD_WORD_SYLLABLES = 3
# What an exempt term counts as: one word of one syllable.
PLAIN_STAND_IN = "it"


@dataclass(frozen=True)
class Sentence:
    text: str
    words: int


@dataclass
class ReadingLevel:
    grade: float
    smog: float
    target: int
    words: int = 0
    sentences: int = 0
    longest: list = field(default_factory=list)
    hardest: list = field(default_factory=list)

    @property
    def over_target(self):
        return self.grade > self.target


def terms_pattern(terms):
    """One regex matching any exempt term as whole words, longest first ("soft tissue" before "tissue")."""
    cleaned = sorted({" ".join(term.split()) for term in terms if term and term.strip()}, key=len, reverse=True)
    if not cleaned:
        return None
    alternatives = "|".join(r"\s+".join(map(re.escape, term.split())) for term in cleaned)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


def without_terms(text, pattern):
    return pattern.sub(PLAIN_STAND_IN, text) if pattern else text


def reading_level(pieces, terms=(), target=8):
    """A ReadingLevel for the pieces of visible text (core.visible_text), exempting ``terms``."""
    pattern = terms_pattern(terms)
    found = sentences(pieces)
    scored = [without_terms(sentence, pattern) for sentence in found]
    text = " ".join(scored)
    if not words(text):
        return ReadingLevel(grade=0.0, smog=0.0, target=target)
    return ReadingLevel(
        grade=round(textstat.flesch_kincaid_grade(text), 1),
        smog=round(textstat.smog_index(text), 1),
        target=target,
        words=len(words(text)),
        sentences=len(found),
        longest=longest_sentences(found),
        hardest=hardest_words(scored),
    )


def longest_sentences(found, limit=LONGEST_SHOWN):
    ranked = sorted((Sentence(text, len(words(text))) for text in found), key=lambda s: s.words, reverse=True)
    return ranked[:limit]


def hardest_words(scored, limit=HARDEST_SHOWN):
    """The words of most syllables (three or more), each once, hardest first, then by first use."""
    counts = {}
    for sentence in scored:
        for word in words(sentence):
            key = word.lower().strip("'’-")
            if key not in counts and not any(ch.isdigit() for ch in key):
                counts[key] = textstat.syllable_count(key)
    hard = [word for word, count in counts.items() if count >= HARD_WORD_SYLLABLES]
    return sorted(hard, key=lambda word: -counts[word])[:limit]
