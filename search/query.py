"""Turn whatever a visitor typed into a query string every search backend accepts."""

import re
import unicodedata

MAX_CHARS = 200
MAX_WORDS = 24


def clean_query(raw):
    """Drop control characters, collapse white space and cap the length.

    Visitors paste anything: NUL bytes (which PostgreSQL rejects), whole paragraphs,
    emoji. Searching the first few words of a paragraph finds as much as searching
    all of it, and keeps every query cheap.
    """
    if not raw:
        return ""
    printable = "".join(" " if unicodedata.category(ch).startswith("C") else ch for ch in raw[: MAX_CHARS * 4])
    words = printable.split()[:MAX_WORDS]
    return " ".join(words)[:MAX_CHARS].strip()


WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def search_terms(query):
    """The words of a cleaned query, joined by spaces, for the search backend.

    Every engine tokenises on punctuation anyway, while quotes, asterisks and
    operators such as NEAR( mean syntax to some backends (SQLite FTS5 raises on an
    unbalanced quote), so only words are passed on.
    """
    return " ".join(WORD.findall(query))
