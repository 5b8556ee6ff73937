"""Purge a CDN (wagtail.contrib.frontend_cache) of the pages that list a page, not only the page.

Wagtail already purges a page's own URL when it is published or unpublished. A treatment also
appears on the treatments index and may appear on the home page, and Wagtail does not purge
anything when a page is moved or deleted; these handlers add those URLs. Without
WAGTAILFRONTENDCACHE nothing is sent anywhere (and no query is made).
"""

import copy

from django.conf import settings
from wagtail.contrib.frontend_cache.utils import PurgeBatch


def listing_pages(page, parent=None):
    """The page's parent and its site's home page: where a page appears in lists and links."""
    parent = parent or page.get_parent()
    pages = [parent] if parent is not None and parent.depth > 1 else []
    site = page.get_site()
    if site is not None and all(p.pk != site.root_page_id for p in pages):
        pages.append(site.root_page)
    return pages


def purge(pages, urls=()):
    batch = PurgeBatch([url for url in urls if url])
    batch.add_pages(pages)
    batch.purge()


def on_publish_or_unpublish(instance, **kwargs):
    if settings.WAGTAILFRONTENDCACHE:
        purge(listing_pages(instance))


def on_move(instance, parent_page_before, url_path_before, **kwargs):
    if not settings.WAGTAILFRONTENDCACHE:
        return
    before = copy.copy(instance)
    before.url_path = url_path_before
    # The page at its new address, its old address, and the lists around both places.
    pages = [instance, *listing_pages(instance), *listing_pages(instance, parent=parent_page_before)]
    purge(pages, [before.get_full_url()])


def on_delete(instance, **kwargs):
    # pre_delete: the page still knows its place in the tree.
    if settings.WAGTAILFRONTENDCACHE:
        purge(listing_pages(instance), [instance.get_full_url()])


def connect_signals():
    """Called from CoreConfig.ready."""
    from django.db.models.signals import pre_delete
    from wagtail.models import Page
    from wagtail.signals import page_published, page_unpublished, post_page_move

    uid = "core.cdn_purge"
    page_published.connect(on_publish_or_unpublish, dispatch_uid=uid)
    page_unpublished.connect(on_publish_or_unpublish, dispatch_uid=uid)
    post_page_move.connect(on_move, dispatch_uid=uid)
    pre_delete.connect(on_delete, sender=Page, dispatch_uid=uid)
