"""Writing the stored search documents and the vocabulary's counts, and the version every process watches.

Each change adjusts the counts by what it adds and removes (a page's old words out, its new words in),
so publishing one page costs a few queries whatever the size of the site. Writes take the corpus row's
lock first, so two processes publishing at once never lose a count. This module knows no page type.
"""

from collections import Counter, defaultdict

from django.db import transaction
from django.db.models import F

from .models import IndexedWord, SearchCorpus, StoredDocument, new_version
from .text import stem

CHUNK = 500
MAX_WORD_LENGTH = IndexedWord._meta.get_field("word").max_length


def chunks(items, size=CHUNK):
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def corpus_row(lock=False):
    """The one SearchCorpus row, created on first use; locked for the rest of the transaction if asked."""
    SearchCorpus.objects.get_or_create(pk=1)
    rows = SearchCorpus.objects.select_for_update() if lock else SearchCorpus.objects
    return rows.get(pk=1)


STATE_FIELDS = ("version", "pages_stamp", "words_changed", "terms_version", "document_count")


def current_state():
    """(version, pages stamp, words changed, terms version, document count): what a process compares with
    what it last loaded, in one single-row query."""
    return SearchCorpus.objects.filter(pk=1).values_list(*STATE_FIELDS).first() or ("", "", 0, "", 0)


def set_stamp(pages_stamp, document_format=None):
    """Record which live pages the stored documents were made from (and in which format)."""
    with transaction.atomic():
        corpus = corpus_row(lock=True)
        corpus.pages_stamp = pages_stamp
        if document_format is not None:
            corpus.document_format = document_format
        corpus.save(update_fields=["pages_stamp", "document_format"])


def save_documents(entries):
    """Store documents: ``entries`` is [(page id, revision id, published at, words, data)], replacing any
    stored for those pages, with the word counts moved by the difference."""
    entries = list(entries)
    if not entries:
        return
    with transaction.atomic():
        corpus = corpus_row(lock=True)
        ids = [entry[0] for entry in entries]
        delta = Counter()
        for page_id_chunk in chunks(ids):
            for words in StoredDocument.objects.filter(page_id__in=page_id_chunk).values_list("words", flat=True):
                delta.subtract(words)
            StoredDocument.objects.filter(page_id__in=page_id_chunk).delete()
        for _, _, _, words, _ in entries:
            delta.update(words)
        StoredDocument.objects.bulk_create(
            [StoredDocument(page_id=p, revision_id=r, published_at=t, words=w, data=d) for p, r, t, w, d in entries],
            batch_size=CHUNK,
        )
        changed(corpus, delta)


def remove_documents(page_ids):
    """Forget the documents of pages no longer live and public; their words are uncounted."""
    page_ids = list(page_ids)
    if not page_ids or not StoredDocument.objects.filter(page_id__in=page_ids).exists():
        return
    with transaction.atomic():
        corpus = corpus_row(lock=True)
        delta = Counter()
        for page_id_chunk in chunks(page_ids):
            for words in StoredDocument.objects.filter(page_id__in=page_id_chunk).values_list("words", flat=True):
                delta.subtract(words)
            StoredDocument.objects.filter(page_id__in=page_id_chunk).delete()
        changed(corpus, delta)


def bump_version():
    """Tell every process to read the synonyms and search terms again (an editor changed them)."""
    with transaction.atomic():
        corpus = corpus_row(lock=True)
        corpus.terms_version = new_version()
        corpus.save(update_fields=["terms_version"])
        changed(corpus)


def changed(corpus, delta=None):
    """Record a change on the locked corpus row: a new version, and the word counts moved by ``delta``."""
    corpus.version = new_version()
    corpus.document_count = StoredDocument.objects.count()
    if delta:
        corpus.words_changed += 1
        apply_word_counts(delta, corpus.words_changed)
    corpus.save(update_fields=["version", "document_count", "words_changed"])


def apply_word_counts(delta, change):
    """Move each word's document count by its delta: one UPDATE per distinct delta, not per word. Each row
    moved records ``change``; a word no page uses any more stays, at 0, so every process sees it go."""
    delta = {word: n for word, n in delta.items() if n and len(word) <= MAX_WORD_LENGTH}
    added = [word for word, n in delta.items() if n > 0]
    for chunk in chunks(added):
        IndexedWord.objects.bulk_create(
            [IndexedWord(word=word, stem=stem(word), document_count=0) for word in chunk], ignore_conflicts=True
        )
    by_delta = defaultdict(list)
    for word, n in delta.items():
        by_delta[n].append(word)
    for n, words in by_delta.items():
        for chunk in chunks(words):
            IndexedWord.objects.filter(word__in=chunk).update(document_count=F("document_count") + n, changed=change)
