"""A Vocabulary built from words, without pages or a database."""

from types import SimpleNamespace

from search.text import words
from search.vocabulary import Vocabulary


def vocabulary(*page_texts, synonyms=()):
    """The vocabulary of pages saying ``page_texts``, with ``synonyms`` groups of phrases."""
    docs = [SimpleNamespace(words=frozenset(words(text))) for text in page_texts]
    return Vocabulary(docs, [list(group) for group in synonyms])
