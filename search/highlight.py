"""Result snippets with the matching words marked, escaped before anything is marked."""

from django.utils.html import escape
from django.utils.safestring import mark_safe

from core.visible_text import SENTENCE_END

from .text import WORD, fold, stem

MAX_LENGTH = 220


def best_sentence(sentences, matched):
    def score(sentence):
        hits = sum(1 for word in WORD.findall(fold(sentence)) if stem(word) in matched)
        # On a tie a whole sentence says more than a bare heading or label.
        return hits, bool(SENTENCE_END.search(sentence))

    return max(sentences, key=score, default="") if matched else (sentences[0] if sentences else "")


def highlight(text, matched):
    """Escape ``text`` and wrap each word whose stem matched in <mark>."""
    if len(text) > MAX_LENGTH:
        text = text[:MAX_LENGTH].rsplit(" ", 1)[0] + "…"
    pieces, last = [], 0
    folded = fold(text)
    # fold() keeps one character per character for Latin text, so positions line up;
    # if they don't (rare scripts), fall back to no marking rather than mis-marking.
    if len(folded) != len(text):
        return escape(text)
    for match in WORD.finditer(folded):
        if stem(match.group()) in matched:
            pieces.append(escape(text[last : match.start()]))
            pieces.append(f"<mark>{escape(text[match.start() : match.end()])}</mark>")
            last = match.end()
    pieces.append(escape(text[last:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above


def snippet(document, matched):
    return highlight(best_sentence(document.sentences, matched), matched)
