"""Which requests may use the page cache, and the key a page is stored under.

Every key holds the site-wide *generation* (see :mod:`core.page_cache.invalidation`), so a new
generation forgets every cached page at once.
"""

import hashlib
import re
import uuid

from django.conf import settings
from django.core.cache import cache

GENERATION_KEY = "page-cache:generation"
# Parameters that analytics and ad networks append to shared links; pages never read them, so a
# viral link carrying ?fbclid=… must not make every visit a miss.
TRACKING_PARAM = re.compile(r"^(utm_\w+|fbclid|gclid|gclsrc|dclid|msclkid|yclid|igshid|mc_cid|mc_eid|_ga|_gl)$")
MESSAGES_COOKIE = "messages"  # django.contrib.messages' cookie storage: a message waits for this visitor


def generation():
    """The current generation, created on first use (or after Redis lost it).

    Public: anything cached per page-cache generation (search's vocabulary) reads it here, and is
    forgotten when a change empties the page cache. ``None`` while the shared cache is unreachable.
    """
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        value = cache.get(GENERATION_KEY)
    return value


def until_next_change(name, build):
    """``build()``, kept in the shared cache under ``name`` until the next change empties the page cache.

    For what every page render reads and only a change (which starts a new generation) can alter: the
    site's navigation, the clinic's details. After a publish the first page rendered builds it and the
    others, in every process, read it. Built afresh every time while the shared cache is unreachable.
    """
    gen = generation()
    if gen is None:
        return build()
    return kept(f"page-cache:{gen}:{name}", build)


def until_saved(name, build):
    """``build()``, kept in the shared cache under ``name`` across publishes until :func:`forget` is called
    for it (from the post_save and post_delete of what it reads, see :mod:`.invalidation`) or for
    ``PAGE_CACHE_SECONDS``, whichever comes first: as long as a cached page may show it.

    For what every render reads and a page's publish never changes (the locales, the clinic's details), so
    the first render after a publish does not read it again. Built afresh while the shared cache is
    unreachable.
    """
    return kept(f"page-cache:kept:{name}", build)


def kept(key, build):
    """The shared cache's value under ``key``, built and stored for ``PAGE_CACHE_SECONDS`` when missing."""
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, settings.PAGE_CACHE_SECONDS)
    return value


def forget(name):
    """Drop what :func:`until_saved` keeps under ``name``."""
    cache.delete(f"page-cache:kept:{name}")


def query_params(request):
    """The query string without tracking parameters, as sorted (name, value) pairs."""
    return sorted(
        (name, value) for name, values in request.GET.lists() for value in values if not TRACKING_PARAM.match(name)
    )


def cache_key(request, gen):
    params = "&".join(f"{name}={value}" for name, value in query_params(request))
    url = f"{request.scheme}://{request.get_host()}{request.path}?{params}"
    return f"page-cache:{gen}:{hashlib.sha256(url.encode()).hexdigest()}"


def may_use_cache(request):
    if request.method not in ("GET", "HEAD") or MESSAGES_COOKIE in request.COOKIES:
        return False
    user = getattr(request, "user", None)
    if user is None:
        # PageCacheMiddleware answers before sessions are loaded (so a hit costs no more than a static
        # file): only a visitor without a session cookie is surely anonymous. Others take the full path.
        return settings.SESSION_COOKIE_NAME not in request.COOKIES
    return not user.is_authenticated
