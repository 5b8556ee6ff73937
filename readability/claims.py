"""Claims health-advertising rules warn about ("cure", "guaranteed", "100%"), found in visible text."""

import re
from dataclasses import dataclass

from .sentences import sentences


@dataclass(frozen=True)
class Claim:
    phrase: str
    sentence: str


def phrase_pattern(phrase, language="en"):
    """The phrase as whole words, any spacing or case, with simple endings: English "cures", "cured"; Spanish
    plurals, "-n" verb endings and either gender ("cura" finds "curan", "garantizado" finds "garantizadas").
    A space before "%" is optional both ways ("100%" and the Spanish "100 %")."""
    body = r"\s+".join(map(re.escape, phrase.replace(" %", "%").split())).replace("%", r"\s*%")
    ending = ""
    if phrase[-1:].isalpha() and language == "es":
        if phrase[-1].lower() in "oa":
            body = body[:-1] + "[oa]"
        ending = r"(?:s|n|es)?"
    elif phrase[-1:].isalpha():
        ending = r"(?:s|d|ed)?"
    return re.compile(rf"(?<![\w-]){body}{ending}(?![\w-])", re.IGNORECASE)


def find_claims(pieces, phrases, language="en"):
    """Each (phrase, sentence) where a listed phrase appears, in reading order, each sentence once per phrase."""
    patterns = [(phrase, phrase_pattern(phrase, language)) for phrase in phrases if phrase.strip()]
    found = []
    for sentence in sentences(pieces):
        found += [Claim(phrase, sentence) for phrase, pattern in patterns if pattern.search(sentence)]
    return found
