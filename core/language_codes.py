"""Which language is active and which is the default, as the site's languages spell them.

Apart from :mod:`core.languages` (which finds a page's translations through the page cache) so that models
can ask without importing the cache, whose invalidation reads those models.
"""

from django.conf import settings
from django.utils import translation


def current_language():
    """The active language's code ("en" or "es"); the URL decides it (LocaleMiddleware)."""
    return translation.get_language() or settings.LANGUAGE_CODE


def default_language():
    """The default language's code, as the site's languages spell it (settings.LANGUAGE_CODE may be "en-us")."""
    return translation.get_supported_language_variant(settings.LANGUAGE_CODE)
