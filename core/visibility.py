"""Which pages a visitor may see: live, public and not under a view restriction.

Listings, search, sitemaps-adjacent links and the page cache all ask here, so "public" means one
thing everywhere. Restrictions are few and rarely change, so their tree paths are kept in the cache
instead of asking the database (``pages.public()``) on every listing.
"""

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

RESTRICTED_KEY = "page-cache:restricted-paths"


def restricted_paths():
    """Tree paths of pages with a view restriction (password, login, groups), kept in the cache.

    Forgotten when a restriction changes and when pages move or are deleted (tree paths change or are
    reused), and after PAGE_CACHE_SECONDS in any case.
    """
    from wagtail.models import PageViewRestriction

    paths = cache.get(RESTRICTED_KEY)
    if paths is None:
        paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
        cache.set(RESTRICTED_KEY, paths, settings.PAGE_CACHE_SECONDS)
    return paths


def forget_restricted_paths(**kwargs):
    cache.delete(RESTRICTED_KEY)
    transaction.on_commit(lambda: cache.delete(RESTRICTED_KEY))


def is_restricted(page):
    return bool(page.alias_of_id) or any(page.path.startswith(path) for path in restricted_paths())


def without_restricted(pages):
    """``pages.public()`` without its query on every call: restrictions are few and rarely change."""
    for path in restricted_paths():
        pages = pages.exclude(path__startswith=path)
    return pages


class ViewRestrictionsMixin:
    """Answer Wagtail's per-view "is this page restricted?" from the cached list of restricted paths."""

    def get_view_restrictions(self):
        # Wagtail asks on every view (two queries); the cached list answers "none" for almost every
        # page, and Wagtail's own lookup runs for the few pages under a restriction.
        if not is_restricted(self):
            from wagtail.models import PageViewRestriction

            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


def connect_signals():
    """Forget the cached restricted paths when a restriction changes or pages move or are deleted
    (tree paths change or are reused); called from CoreConfig.ready."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import Page, PageViewRestriction
    from wagtail.signals import post_page_move

    uid = "core.page_cache.restricted"
    for signal, sender in ((post_save, PageViewRestriction), (post_delete, PageViewRestriction), (post_delete, Page)):
        signal.connect(forget_restricted_paths, sender=sender, dispatch_uid=uid)
    post_page_move.connect(forget_restricted_paths, dispatch_uid=uid)
