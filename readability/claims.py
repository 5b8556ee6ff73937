"""Claims health-advertising rules warn about ("cure", "guaranteed", "100%"), found in visible text."""

import re
from dataclasses import dataclass

from .sentences import sentences


@dataclass(frozen=True)
class Claim:
    phrase: str
    sentence: str


def phrase_pattern(phrase):
    """The phrase as whole words, any spacing or case, with simple endings ("cures", "cured")."""
    body = r"\s+".join(map(re.escape, phrase.split()))
    ending = r"(?:s|d|ed)?" if phrase[-1:].isalpha() else ""
    return re.compile(rf"(?<![\w-]){body}{ending}(?![\w-])", re.IGNORECASE)


def find_claims(pieces, phrases):
    """Each (phrase, sentence) where a listed phrase appears, in reading order, each sentence once per phrase."""
    patterns = [(phrase, phrase_pattern(phrase)) for phrase in phrases if phrase.strip()]
    found = []
    for sentence in sentences(pieces):
        found += [Claim(phrase, sentence) for phrase, pattern in patterns if pattern.search(sentence)]
    return found
