"""A Vocabulary built from words, without pages or a database."""

from types import SimpleNamespace

from search.lexicon import Entry
from search.text import words
from search.vocabulary import Vocabulary


def vocabulary(*page_texts, synonyms=(), terms=()):
    """The vocabulary of pages saying ``page_texts``, with ``synonyms`` groups of phrases and lexicon ``terms``
    given as (kind, "lay, words", "page, words", "Body area")."""
    docs = [SimpleNamespace(words=frozenset(words(text))) for text in page_texts]
    entries = [Entry(kind, tuple(lay.split(", ")), tuple(means.split(", ")), area) for kind, lay, means, area in terms]
    return Vocabulary(docs, [list(group) for group in synonyms], entries)
