"""The clinic's conditions an imported page names in its own words, besides its conditions list.

A page whose overview says "it eases tension headaches" treats tension headaches, so it is filed under the
clinic's existing "Tension headaches" condition and search reaches it through it. Only what a page says it is
for is read: the summary, overview, how it works, benefits, conditions and sections about who it helps,
sentence by sentence, leaving out sentences that exclude people ("not for people with osteoporosis"). Safety
text, care cards and FAQ answers are never read. A name is only matched here, never created: only an
explicit conditions list adds conditions.

What counts as naming a condition (word forms, lay names) is the search app's knowledge, and the search app
sits above this one, so it registers its reader with :func:`read_names_with` from its ``AppConfig.ready``.
Without one a name must appear word for word, in any case.
"""

import re

from django.utils.text import slugify

from core.visible_text import block_pieces
from treatments.taxonomy import names_in

from .build import split_sentences

# The sections where a page says what it is for.
DESCRIPTIVE_BLOCKS = {"overview", "how_it_works", "benefits", "conditions"}
# A plain section counts when its heading is about who the treatment helps ("Who Can Benefit", "Is It Right
# for You?"); one about who should not have it is a safety section already (headings.py).
WHO_IT_HELPS = re.compile(
    r"\bwho\b.*\b(benefit|help|for|suit|see)|\bright for (you|me)\b|\bideal for\b|\bcandidates?\b"
    r"|\bwho we (help|see|treat)\b|\bpatients we\b",
    re.IGNORECASE,
)
# A sentence that rules people out or sends them elsewhere names conditions the page does not treat.
EXCLUDES = re.compile(
    r"\bnot (suitable|recommended|appropriate|advised|right|safe|for|used|a (cure|substitute|replacement))\b"
    r"|\bunsuitable\b|\bavoid\w*|\bcontraindicat\w*|\bunless\b|\bexcept\b|\bexclud\w*|\brule[ds]? out\b"
    r"|\b(cannot|can't|won't|don't|doesn't|do not|does not|will not|should not|shouldn't|must not|never)\b"
    r"|\b(talk|speak|check) (to|with) your (doctor|physician|gp)\b|\bmedical (clearance|advice|attention)\b",
    re.IGNORECASE,
)


def read_word_for_word(texts, names, language):
    """The default reader: the labels one of whose names appears in a text as whole words, in any case."""
    padded = [f" {slugify(text).replace('-', ' ')} " for text in texts]
    found = []
    for label, label_names in names.items():
        phrases = [f" {slugify(name).replace('-', ' ')} " for name in label_names]
        if any(phrase.strip() and phrase in text for phrase in phrases for text in padded):
            found.append(label)
    return found


# The registered readers; the last one is used.
READERS = [read_word_for_word]


def read_names_with(reader):
    """Use ``reader(texts, {label: [names]}, language) -> [labels named]`` to find conditions in text."""
    READERS.append(reader)


def descriptive_sentences(page):
    """The sentences in which the page says what it is and whom it helps, without those that exclude anyone."""
    texts = [page.summary]
    for child in page.body:
        heading = child.value.get("heading", "") if hasattr(child.value, "get") else ""
        if child.block_type in DESCRIPTIVE_BLOCKS or (child.block_type == "section" and WHO_IT_HELPS.search(heading)):
            texts += block_pieces(child.block, child.value)
    sentences = [sentence for text in texts if text for sentence in split_sentences(text)]
    return [sentence for sentence in sentences if not EXCLUDES.search(sentence.replace("’", "'"))]


def named_conditions(page, conditions):
    """Which of ``conditions`` (default-language labels) the page's descriptive text names."""
    conditions = list(conditions)
    if not conditions:
        return []
    language = page.locale.language_code if page.locale_id else None
    # A page in another language may name a condition as its translation does.
    shown = names_in(conditions, language) if language else [label.name for label in conditions]
    names = {label: list(dict.fromkeys([label.name, name])) for label, name in zip(conditions, shown, strict=True)}
    return READERS[-1](descriptive_sentences(page), names, language)
