"""Which conditions a text names, read the way search reads words: for the importer (treatments/importer).

A name matches as a run of whole words after search's own normalisation (stems, stop words, any order:
"tension headaches" names "Tension headache", "sprained ankle" names "Ankle sprain"), or through the lay
names editors keep under *Search terms* as condition names: "slipped disc" names the clinic's "Herniated
disc" when a term says ``slipped disc => herniated disc``. A condition the term means first owns its lay
names; a condition that is one of the lay names owns the others, not the clinical names they point to (a
"Neck stiffness" condition is not named by "neck pain").

The longest name wins where names overlap, so "rheumatoid arthritis" is not read as "arthritis", and a name
made only of words that say nothing particular ("pain", "syndrome") names nothing.
"""

import os
from collections import defaultdict

from .evidence import GENERIC
from .languages import analysing
from .lexicon import phrases
from .models import SearchTerm
from .text import stem, stop_words, words

LONGEST = 6  # words in the longest name looked for
# The stemmer joins some words that name different things ("tendons" and "tendonitis" both give "tendon"):
# a word whose stem drops more than a short ending (a plural, -ed) is compared whole.
SHORT_ENDING = 3


def reader(texts, names, language):
    """The labels among ``names`` ({label: [its names]}) that one of ``texts`` names (the importer's reader)."""
    with analysing(language or "en"):
        owners = name_table(names, lay_names(language))
        found = {}
        for text in texts:
            for label in named_in(text, owners):
                found[label.pk] = label
    return list(found.values())


def lay_names(language):
    """[(what the term means first, its lay names, its other meanings)] for the condition names under
    Search terms."""
    terms = SearchTerm.objects.filter(kind=SearchTerm.Kind.CONDITION, language=language or "en")
    entries = []
    for words_text, means_text in terms.values_list("words", "means"):
        lay, means = phrases(words_text), phrases(means_text)
        if lay and means:
            entries.append((means[0], lay, means[1:]))
    return entries


def name_table(names, entries):
    """{phrase key: set of labels it names} for the labels' names and their lay names. Every condition name
    the terms know is a key, even one naming none of these labels, so a longer name still covers its words."""
    owners = defaultdict(set)
    for label, label_names in names.items():
        for name in label_names:
            if key := phrase_key(name):
                owners[key].add(label)
    own_names = {key: set(labels) for key, labels in owners.items()}
    for first, lay, others in entries:
        meant = own_names.get(phrase_key(first), set())
        for phrase in lay:
            if key := phrase_key(phrase):
                owners[key] |= meant.union(*(own_names.get(phrase_key(other), set()) for other in lay))
        for phrase in [first, *others]:
            if key := phrase_key(phrase):
                owners.setdefault(key, set())
    return owners


def word_key(word):
    word_stem = stem(word)
    kept = len(os.path.commonprefix([word, word_stem]))
    return word_stem if len(word) - kept <= SHORT_ENDING else word


def text_keys(text):
    stop = stop_words()
    return [word_key(word) for word in words(text) if word not in stop]


def phrase_key(phrase):
    """A name's words in any order, or None if it names nothing in particular."""
    key = text_keys(phrase) or [word_key(word) for word in words(phrase)]
    return tuple(sorted(key)) if key and len(key) <= LONGEST and set(key) - GENERIC else None


def named_in(text, owners):
    """The labels named in ``text``, reading left to right and taking the longest known name at each word."""
    keys = text_keys(text)
    labels, start = set(), 0
    while start < len(keys):
        for length in range(min(LONGEST, len(keys) - start), 0, -1):
            phrase = tuple(sorted(keys[start : start + length]))
            if phrase in owners:
                labels |= owners[phrase]
                start += length
                break
        else:
            start += 1
    return labels
