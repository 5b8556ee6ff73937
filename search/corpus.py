"""Keeping the stored search documents in step with what is live: on publish, unpublish, delete, move
and privacy changes (signals), and by a sync that catches pages made live another way.

Publishing stores that page's document (built once, read by every process); unpublishing or deleting
removes it. A move or a view restriction can change which pages are public, so those re-check every
page's stored key, which costs two id lists, not a document each. ``manage.py rebuild_search_documents``
rebuilds them all.
"""

from django.core.cache import cache
from django.db.models import Count, Max
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.page_cache import generation
from core.visibility import without_restricted
from treatments.taxonomy import BodyArea, Condition, pages_naming

from .documents import DOCUMENT_FORMAT, store_pages
from .models import SearchTerm, StoredDocument, Synonym
from .storage import bump_version, chunks, corpus_row, remove_documents, set_stamp

# The stamp costs two aggregate queries; asking once per page-cache generation (which changes on every
# publish, unpublish, move, delete or privacy change) keeps a search within its query budget. The
# timeout catches pages made live without any signal (bulk updates).
STAMP_TIMEOUT = 300
UID = "search.corpus"
KEY_FIELDS = ("pk", "live_revision_id", "last_published_at")
ROW_FIELDS = ("page_id", "revision_id", "published_at")


def live_pages():
    return without_restricted(Page.objects.live())


def live_pages_stamp():
    """Which live, public pages the documents should be made from: their number and latest publication."""
    found = live_pages().aggregate(n=Count("id"), last=Max("last_published_at"))
    last = found["last"].isoformat() if found["last"] else ""
    return f"{DOCUMENT_FORMAT}:{found['n']}:{last}"


def stored_documents_stamp():
    """The same stamp, of the pages whose documents are stored: it differs from live_pages_stamp() while a
    live page (one made live without a signal, like the home page a migration creates) is not stored."""
    found = StoredDocument.objects.aggregate(n=Count("page_id"), last=Max("published_at"))
    last = found["last"].isoformat() if found["last"] else ""
    return f"{DOCUMENT_FORMAT}:{found['n']}:{last}"


def stamp_key():
    return f"search:pages-stamp:{generation()}"


def cached_live_pages_stamp():
    stamp = cache.get(stamp_key())
    if stamp is None:
        stamp = live_pages_stamp()
        cache.set(stamp_key(), stamp, STAMP_TIMEOUT)
    return stamp


def sync(rebuild=False):
    """Store the document of every live, public page whose stored one is missing or of another revision
    (every page if ``rebuild``), and remove those of pages no longer live and public. Returns the counts."""
    rebuild = rebuild or corpus_row().document_format != DOCUMENT_FORMAT
    expected = {pk: (revision, published) for pk, revision, published in live_pages().values_list(*KEY_FIELDS)}
    stored = {pk: (revision, published) for pk, revision, published in StoredDocument.objects.values_list(*ROW_FIELDS)}
    stale = [pk for pk, key in expected.items() if rebuild or stored.get(pk) != key]
    gone = set(stored) - set(expected)
    remove_documents(gone)
    for chunk in chunks(stale):
        store_pages(chunk)
    set_stamp(live_pages_stamp(), DOCUMENT_FORMAT)
    return {"stored": len(stale), "removed": len(gone), "pages": len(expected)}


def sync_if_stale(stamp):
    """Sync when the live pages are not those the documents were made from (``stamp`` is the stored one).
    Returns whether it synced."""
    if stamp == cached_live_pages_stamp():
        return False
    # Another process may have published (its signal stored the document and the stamp) while this
    # one's cached stamp is older: look again before concluding that pages went live without a signal.
    fresh = live_pages_stamp()
    cache.set(stamp_key(), fresh, STAMP_TIMEOUT)
    if fresh == stamp:
        return False
    sync()
    return True


def store_published(instance, **kwargs):
    # The same test as the sync's, so a page never flips between stored and not.
    if live_pages().filter(pk=instance.pk).exists():
        store_pages([instance.pk])
    else:  # published under a view restriction
        remove_documents([instance.pk])
    set_stamp(stored_documents_stamp())


def page_gone(instance, **kwargs):
    remove_documents([instance.pk])
    set_stamp(stored_documents_stamp())


def pages_regrouped(**kwargs):
    """A move or a view restriction can make many pages public or private at once."""
    sync()


def label_changed(instance, raw=False, **kwargs):
    """A condition or body area renamed, translated or its translation removed: the stored documents of the live
    pages that name it say it as it is called now (a Spanish page's result says "Trata: fascitis plantar")."""
    update_fields = kwargs.get("update_fields")
    if raw or (update_fields is not None and "name" not in update_fields):
        return
    page_ids = list(live_pages().filter(pk__in=pages_naming(instance).values("pk")).values_list("pk", flat=True))
    if page_ids:
        store_pages(page_ids)
        set_stamp(stored_documents_stamp())
        # The documents changed under the same revision, which processes key them by: a new terms version
        # tells every process to read them again (search/vocabulary.py).
        bump_version()


def synonyms_changed(**kwargs):
    bump_version()


def connect_signals():
    """Called from SearchConfig.ready."""
    page_published.connect(store_published, dispatch_uid=UID)
    page_unpublished.connect(page_gone, dispatch_uid=UID)
    # Deleting any page also deletes its row in Page, so sender=Page sees every page type.
    post_delete.connect(page_gone, sender=Page, dispatch_uid=UID)
    post_page_move.connect(pages_regrouped, dispatch_uid=UID)
    post_save.connect(pages_regrouped, sender=PageViewRestriction, dispatch_uid=UID)
    post_delete.connect(pages_regrouped, sender=PageViewRestriction, dispatch_uid=UID)
    post_save.connect(synonyms_changed, sender=Synonym, dispatch_uid=UID)
    post_delete.connect(synonyms_changed, sender=Synonym, dispatch_uid=UID)
    post_save.connect(synonyms_changed, sender=SearchTerm, dispatch_uid=UID)
    post_delete.connect(synonyms_changed, sender=SearchTerm, dispatch_uid=UID)
    # A search term names its body area as the area is called now: renaming an area changes the terms.
    body_area = SearchTerm._meta.get_field("body_area").related_model
    post_save.connect(synonyms_changed, sender=body_area, dispatch_uid=UID)
    post_delete.connect(synonyms_changed, sender=body_area, dispatch_uid=UID)
    for label in (Condition, BodyArea):
        post_save.connect(label_changed, sender=label, dispatch_uid=f"{UID}.labels")
        post_delete.connect(label_changed, sender=label, dispatch_uid=f"{UID}.labels")
