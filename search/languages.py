"""Which language's text analysis (stemming, stop words) applies now: the page's, or the search's.

Search documents are built in their page's language and a query is read in the request's, so "dolores"
is stemmed as Spanish on /es/ and "pains" as English everywhere else. ``analysing("es")`` sets it for a
block of work; text.py asks ``current()``. The site's default language (settings.LANGUAGE_CODE) is
English analysis, as before languages existed.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.utils import translation

# Languages with their own analysis (search/text.py); any other is analysed as the default one.
ANALYSED = ("en", "es")
DEFAULT = "en"

_current = ContextVar("search_language", default=DEFAULT)


def normalise(code):
    """ "es-mx" -> "es"; a language without its own analysis -> the default."""
    base = (code or "").split("-")[0].lower()
    return base if base in ANALYSED else DEFAULT


def site_default():
    return normalise(settings.LANGUAGE_CODE)


def of_request():
    """The language the current request is served in (LocaleMiddleware and the /es/ prefix set it)."""
    return normalise(translation.get_language() or settings.LANGUAGE_CODE)


def current():
    return _current.get()


@contextmanager
def analysing(language):
    token = _current.set(normalise(language))
    try:
        yield
    finally:
        _current.reset(token)
