"""The reading level of a page's visible text, and what makes it hard, in the page's language.

English: Flesch–Kincaid grade and SMOG from textstat (via ``syllables``, so no download is ever attempted);
lower is easier. Spanish: the Szigriszt-Pazos score on the INFLESZ scale and Fernández-Huerta (``spanish``);
higher is easier. The language is passed in, never set on textstat, whose language setting is process-wide.
Words a page cannot avoid — its treatment names and the terms in the editors' glossary — are scored as
one short word each, so "Instrument-Assisted Soft Tissue Mobilization" does not push a page over target.
"""

import re
from dataclasses import dataclass, field

import textstat
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from . import (
    spanish,
    syllables,  # noqa: F401 (gives textstat its dictionary offline)
)
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


@dataclass(frozen=True)
class Scale:
    formula: str  # the main figure's name, shown beside it
    second_formula: str
    higher_is_easier: bool


SCALES = {
    "en": Scale(_("Flesch–Kincaid grade"), _("SMOG grade"), higher_is_easier=False),
    spanish.LANGUAGE: Scale(_("INFLESZ (Szigriszt-Pazos)"), _("Fernández-Huerta"), higher_is_easier=True),
}


def scale_for(language):
    return SCALES.get(language, SCALES[settings.LANGUAGE_CODE])


@dataclass
class ReadingLevel:
    grade: float  # the main figure: Flesch–Kincaid grade (English) or the INFLESZ score (Spanish)
    smog: float  # the second figure: SMOG grade (English) or Fernández-Huerta (Spanish)
    target: int
    words: int = 0
    sentences: int = 0
    longest: list = field(default_factory=list)
    hardest: list = field(default_factory=list)
    language: str = "en"

    @property
    def scale(self):
        return scale_for(self.language)

    @property
    def over_target(self):
        """Harder than the target (named for English, where a higher grade is harder)."""
        if not self.words:
            return False
        return self.grade < self.target if self.scale.higher_is_easier else self.grade > self.target

    @property
    def band(self):
        """The INFLESZ band a Spanish score falls in ("normal"), "" for English."""
        return spanish.inflesz_band(self.grade) if self.language == spanish.LANGUAGE else ""


def terms_pattern(terms):
    """One regex matching any exempt term as whole words, longest first ("soft tissue" before "tissue")."""
    cleaned = sorted({" ".join(term.split()) for term in terms if term and term.strip()}, key=len, reverse=True)
    if not cleaned:
        return None
    alternatives = "|".join(r"\s+".join(map(re.escape, term.split())) for term in cleaned)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


def without_terms(text, pattern, stand_in=PLAIN_STAND_IN):
    return pattern.sub(stand_in, text) if pattern else text


def reading_level(pieces, terms=(), target=8, language="en"):
    """A ReadingLevel for the pieces of visible text (core.visible_text) in ``language``, exempting ``terms``."""
    if language == spanish.LANGUAGE:
        return spanish_reading_level(pieces, terms, target)
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


def spanish_reading_level(pieces, terms, target):
    pattern = terms_pattern(terms)
    found = sentences(pieces)
    scored = [without_terms(sentence, pattern, spanish.PLAIN_STAND_IN) for sentence in found]
    counted = [word for sentence in scored for word in words(sentence)]
    if not counted:
        return ReadingLevel(grade=0.0, smog=0.0, target=target, language=spanish.LANGUAGE)
    syllable_total = sum(spanish.syllable_count(word) for word in counted)
    figures = (syllable_total, len(counted), len(found))
    return ReadingLevel(
        grade=round(spanish.szigriszt_pazos(*figures), 1),
        smog=round(spanish.fernandez_huerta(*figures), 1),
        target=target,
        words=len(counted),
        sentences=len(found),
        longest=longest_sentences(found),
        hardest=hardest_words(scored, count=spanish.syllable_count, threshold=spanish.HARD_WORD_SYLLABLES),
        language=spanish.LANGUAGE,
    )


def longest_sentences(found, limit=LONGEST_SHOWN):
    ranked = sorted((Sentence(text, len(words(text))) for text in found), key=lambda s: s.words, reverse=True)
    return ranked[:limit]


def hardest_words(scored, limit=HARDEST_SHOWN, count=textstat.syllable_count, threshold=HARD_WORD_SYLLABLES):
    """The words of most syllables (``threshold`` or more), each once, hardest first, then by first use."""
    counts = {}
    for sentence in scored:
        for word in words(sentence):
            key = word.lower().strip("'’-")
            if key not in counts and not any(ch.isdigit() for ch in key):
                counts[key] = count(key)
    hard = [word for word, syllable_count in counts.items() if syllable_count >= threshold]
    return sorted(hard, key=lambda word: -counts[word])[:limit]
