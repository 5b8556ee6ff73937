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
import hashlib
import logging
import re
import threading
import uuid
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
RESTRICTED_KEY = "page-cache:restricted-paths"
# Parameters that analytics and ad networks append to shared links; pages never read them, so a
# viral link carrying ?fbclid=… must not make every visit a miss.
TRACKING_PARAM = re.compile(r"^(utm_\w+|fbclid|gclid|gclsrc|dclid|msclkid|yclid|igshid|mc_cid|mc_eid|_ga|_gl)$")
MESSAGES_COOKIE = "messages"  # django.contrib.messages' cookie storage: a message waits for this visitor


def generation():
    """The current generation, created on first use (or after Redis lost it)."""
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        value = cache.get(GENERATION_KEY)
    return value


def _new_generation():
    # A random value, not a counter: if Redis evicts the key, a fresh one can never bring back the
    # entries of an earlier generation.
    try:
        cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
    except Exception:
        logger.exception("Could not empty the page cache")


def invalidate(**kwargs):
    """Forget every cached page: now, and again once the change is committed.

    The second time matters: a visitor's request that read the old rows while the editor's
    transaction was still open may have stored the old page under the first new generation.
    """
    _new_generation()
    transaction.on_commit(_new_generation)


# Wagtail fills these in lazily on an image or document while a page renders; they change nothing shown.
BOOKKEEPING_FIELDS = {"file_size", "file_hash"}


def invalidate_if_changed(created=False, update_fields=None, **kwargs):
    if not created and not (update_fields and set(update_fields) <= BOOKKEEPING_FIELDS):
        invalidate()


def query_params(request):
    """The query string without tracking parameters, as sorted (name, value) pairs."""
    return sorted(
        (name, value) for name, values in request.GET.lists() for value in values if not TRACKING_PARAM.match(name)
    )


def cache_key(request, gen):
    params = "&".join(f"{name}={value}" for name, value in query_params(request))
    url = f"{request.scheme}://{request.get_host()}{request.path}?{params}"
    return f"page-cache:{gen}:{hashlib.sha256(url.encode()).hexdigest()}"


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


def may_use_cache(request):
    if request.method not in ("GET", "HEAD") or MESSAGES_COOKIE in request.COOKIES:
        return False
    user = getattr(request, "user", None)
    if user is None:
        # PageCacheMiddleware answers before sessions are loaded (so a hit costs no more than a static
        # file): only a visitor without a session cookie is surely anonymous. Others take the full path.
        return settings.SESSION_COOKIE_NAME not in request.COOKIES
    return not user.is_authenticated


class ViewRestrictionsMixin:
    """Answer Wagtail's per-view "is this page restricted?" from the cached list of restricted paths."""

    def get_view_restrictions(self):
        # Wagtail asks on every view (two queries); the cached list answers "none" for almost every
        # page, and Wagtail's own lookup runs for the few pages under a restriction.
        if not is_restricted(self):
            from wagtail.models import PageViewRestriction

            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


class CachedPageMixin(ViewRestrictionsMixin):
    """For page types whose anonymous view is the same for everyone: cache it (see module docstring)."""

    # Query-string parameters that change what the page shows; any other one is served uncached.
    cache_query_params = ()

    def is_cacheable_variant(self, request, response):
        """Whether the honoured parameters' values are worth a cache entry (override to restrict)."""
        return True

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if self._cacheable(request, response):
            response.page_cacheable = True
            cdn_seconds = settings.PAGE_CDN_CACHE_SECONDS
            patch_cache_control(
                response,
                public=True,
                max_age=settings.PAGE_BROWSER_CACHE_SECONDS,
                **({"s_maxage": cdn_seconds} if cdn_seconds else {}),
            )
        else:
            # A signed-in editor's view (user bar, drafts) or a restricted page: never in a shared cache.
            patch_cache_control(response, private=True, no_cache=True)
        return response

    def _cacheable(self, request, response):
        if not may_use_cache(request) or getattr(request, "is_preview", False):
            return False
        if response.status_code != 200 or response.cookies or response.streaming:
            return False
        if any(name not in self.cache_query_params for name, _ in query_params(request)):
            return False
        if is_restricted(self):
            return False
        return self.is_cacheable_variant(request, response)


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


def no_store_for_form_pages(serve):
    """Wagtail ``on_serve_page`` hook: form pages (and their thank-you page) are never stored anywhere.

    A form page may show a patient's own answers back (with errors), so neither browsers nor proxies
    may keep it.
    """
    from django.utils.cache import add_never_cache_headers
    from wagtail.contrib.forms.models import FormMixin

    def serve_page(page, request, args, kwargs):
        response = serve(page, request, args, kwargs)
        if isinstance(page, FormMixin):
            add_never_cache_headers(response)
            patch_cache_control(response, private=True, no_store=True)
        return response

    return serve_page


def connect_signals():
    """Empty the page cache on every change a visitor could see (called from CoreConfig.ready)."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from treatments.taxonomy import BodyArea, Condition

    from .models import ClinicSettings

    uid = "core.page_cache.invalidate"
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(invalidate, dispatch_uid=uid)
    # Deleting any page also deletes its row in Page, so sender=Page sees every page type.
    post_delete.connect(invalidate, sender=Page, dispatch_uid=uid)
    for signal, sender in ((post_save, PageViewRestriction), (post_delete, PageViewRestriction), (post_delete, Page)):
        signal.connect(forget_restricted_paths, sender=sender, dispatch_uid="core.page_cache.restricted")
    post_page_move.connect(forget_restricted_paths, dispatch_uid="core.page_cache.restricted")
    for model in (Site, PageViewRestriction):
        post_save.connect(invalidate, sender=model, dispatch_uid=uid)
        post_delete.connect(invalidate, sender=model, dispatch_uid=uid)
    # A new one of these is on no page until a page using it is published (clinic details are created
    # with their defaults on the first page view), so only a change or a deletion empties the cache.
    for model in (ClinicSettings, BodyArea, Condition, get_image_model(), get_document_model()):
        post_save.connect(invalidate_if_changed, sender=model, dispatch_uid=uid)
        post_delete.connect(invalidate, sender=model, dispatch_uid=uid)
