"""The page types' side of the page cache: which responses may be stored (see core.page_cache)."""

from django.conf import settings
from django.utils.cache import patch_cache_control

from core.visibility import ViewRestrictionsMixin, is_restricted

from .keys import may_use_cache, query_params


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
