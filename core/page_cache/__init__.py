"""The whole-page cache for anonymous visitors (how it works: :mod:`core.page_cache.middleware`).

The public API, imported from here:

* :class:`CachedPageMixin` for page types whose anonymous view is the same for everyone;
* :class:`PageCacheMiddleware` (settings.MIDDLEWARE);
* :func:`cached_like_pages` for a view that lists pages (``/sitemap.xml``);
* :func:`generation`, the current cache generation, for anything cached "until the next change", and
  :func:`until_next_change` to keep a value that long; :func:`until_saved` for what no publish changes;
* :func:`invalidate` to forget every cached page, and :func:`invalidate_when_changed` for an app to
  register the models whose changes visitors see (from its ``AppConfig.ready``).

Which pages are public at all is :mod:`core.visibility`'s job, not the cache's.
"""

from .invalidation import invalidate, invalidate_when_changed
from .keys import GENERATION_KEY, forget, generation, until_next_change, until_saved
from .middleware import PageCacheMiddleware, local_copies
from .mixins import CachedPageMixin
from .views import cached_like_pages

__all__ = [
    "GENERATION_KEY",
    "CachedPageMixin",
    "PageCacheMiddleware",
    "cached_like_pages",
    "forget",
    "generation",
    "invalidate",
    "invalidate_when_changed",
    "local_copies",
    "until_next_change",
    "until_saved",
]
