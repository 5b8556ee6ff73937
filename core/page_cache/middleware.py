"""A whole-page cache for anonymous visitors, emptied whenever anything they could see changes.

Why our own and not wagtail-cache (coderedcorp, 3.0.0): it declares ``wagtail<8.0``, so it cannot
be installed beside Wagtail 8 without ignoring its metadata; it does not invalidate on publish,
unpublish, move or delete by itself, and its way to do so, ``clear_cache()``, empties the whole
cache backend (on Redis, ``FLUSHDB``: rate-limit counters and everything else sharing it), unless a
"keyring" of every cached URL is kept, which its authors turned off as too slow; and it keys pages
by every query-string parameter, so ``?x=1``, ``?x=2`` … fill the cache.

How it works:

* Pages opt in with :class:`CachedPageMixin`. Its ``serve()`` marks a response as cacheable only for
  an anonymous GET of a live, unrestricted page that set no cookie, and only when the query string
  holds nothing but the parameters the page honours (``cache_query_params``) with values it knows.
* :class:`PageCacheMiddleware` answers later requests for the same scheme, host, path and query
  string from the cache before Wagtail routes anything (no database query at all), and stores the
  marked responses. It never serves the cache to a signed-in user or to a visitor with a flash
  message waiting, and never for POST.
* Every key contains a site-wide *generation*. Publishing, unpublishing, moving or deleting a page,
  saving clinic details, a condition, a body area, an image, a document, a site or a view
  restriction sets a new generation, so every cached page is forgotten at once (the header, footer
  and listings show other pages' titles, so one change can touch every page). Old entries expire.
* A hit costs one round trip to the shared cache, for the generation: the page itself is also kept in
  this process's memory (:class:`LocalCopies`) under its generation-bearing key, so it is fetched from
  Redis once per process and publish. It is stored gzipped as well, once, and served gzipped to
  clients that accept it (the page holds no secret and reflects no input, so BREACH does not apply).
"""

import gzip
import logging
import re
import threading
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers

from .keys import cache_key, generation, may_use_cache

logger = logging.getLogger(__name__)


class LocalCopies:
    """The most recently used cached pages of this process, by their cache key (which holds the
    generation, so an entry is never stale: a publish changes the keys asked for). Saves fetching
    and unpickling the page from Redis on every hit; bounded, least recently used out first."""

    def __init__(self, size=200):
        self.size = size
        self._items = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            stored = self._items.get(key)
            if stored is not None:
                self._items.move_to_end(key)
            return stored

    def put(self, key, stored):
        with self._lock:
            self._items[key] = stored
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def clear(self):
        with self._lock:
            self._items.clear()


local_copies = LocalCopies()
ACCEPTS_GZIP = re.compile(r"\bgzip\b")


class PageCacheMiddleware:
    """Serve and store the pages :class:`CachedPageMixin` marked; ``X-Cache: HIT`` or ``MISS`` says which."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not may_use_cache(request):
            return self.get_response(request)
        try:
            gen = generation()
            if gen is None:
                # Redis is down (ResilientRedisCache answered a miss): a publish now could not reach the
                # generation, so no copy, not even this process's own, may be served or stored.
                return self.get_response(request)
            key = cache_key(request, gen)
            stored = local_copies.get(key)
            if stored is None:
                stored = cache.get(key)
                if stored is not None:
                    local_copies.put(key, stored)
        except Exception:
            # Cache unreachable: render the page as if it had never been cached.
            logger.exception("Page cache lookup failed")
            return self.get_response(request)
        if stored is not None:
            return self._rebuild(stored, request)

        response = self.get_response(request)
        if request.method == "GET" and getattr(response, "page_cacheable", False) and not response.cookies:
            patch_vary_headers(response, ["Accept-Encoding"])
            stored = {
                "status": response.status_code,
                "headers": list(response.headers.items()),
                "content": response.content,
                "gzip": gzip.compress(response.content, compresslevel=6),
            }
            try:
                cache.set(key, stored, settings.PAGE_CACHE_SECONDS)
                local_copies.put(key, stored)
            except Exception:
                logger.exception("Page cache store failed")
            response["X-Cache"] = "MISS"
        return response

    @staticmethod
    def _rebuild(stored, request):
        compressed = "gzip" in stored and ACCEPTS_GZIP.search(request.headers.get("Accept-Encoding", ""))
        response = HttpResponse(stored["gzip"] if compressed else stored["content"], status=stored["status"])
        for name, value in stored["headers"]:
            response[name] = value
        if compressed:
            response["Content-Encoding"] = "gzip"
        response["Content-Length"] = str(len(response.content))
        response["X-Cache"] = "HIT"
        return response
