"""Views other than pages that list pages, cached like them (``/sitemap.xml``)."""

from functools import wraps

from django.conf import settings
from django.utils.cache import patch_cache_control

from .keys import may_use_cache, query_params


def cached_like_pages(view):
    """Store ``view``'s anonymous answers in the page cache, emptied on every publish like the pages.

    For views whose output changes only when pages do. Only a request without a query string is
    stored, so made-up parameters cannot fill the cache.
    """

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if _storable(request, response):
            response.page_cacheable = True
            patch_cache_control(response, public=True, max_age=settings.PAGE_BROWSER_CACHE_SECONDS)
        return response

    return wrapped


def _storable(request, response):
    if not may_use_cache(request) or query_params(request):
        return False
    return response.status_code == 200 and not response.cookies and not response.streaming
