"""Visible text as sentences, the unit both the reading grade and the claims check quote back."""

import re

from core.visible_text import SENTENCE_END

# A sentence ends at . ! ? or … followed by a space and something that can start a sentence: a capital (Spanish
# ones included) or a digit, perhaps after an opening quote, bracket or Spanish ¿ ¡.
SENTENCE_BREAK = re.compile(r"(?<=[.!?…])['\"”’)]*\s+(?=[\"“‘(\[¿¡]?[A-Z0-9ÁÉÍÓÚÑÜ])")
# A word starts with a letter or digit of any language ("punción", "ciática" are one word each).
WORD = re.compile(r"[^\W_][\w'’%-]*")


def sentences(pieces):
    """Each sentence of the pieces; a heading or a label without a full stop is a sentence of its own.

    Readers take "How it works" as a line apart; joined to the paragraph below it, it would make that
    sentence look longer than anyone reads it.
    """
    found = []
    for piece in pieces:
        text = piece if SENTENCE_END.search(piece) else f"{piece}."
        found += [sentence.strip() for sentence in SENTENCE_BREAK.split(text) if sentence.strip()]
    return found


def words(text):
    return WORD.findall(text)
