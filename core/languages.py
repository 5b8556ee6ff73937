"""The site's languages: which page is the same page in another language, and how each language is named
to browsers (``<html lang>``), link previews (``og:locale``) and structured data (``inLanguage``).

English is the default language at unprefixed URLs; Spanish lives under /es/ (clinic_site/urls.py). A page's
translations share its ``translation_key`` (Wagtail's i18n), so one query finds them all.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from wagtail.models import Page, Site

from .language_codes import current_language, default_language
from .page_cache import until_next_change
from .visibility import without_restricted

# Region-qualified names for the Denver metro audience (US English, US Spanish).
REGIONAL = {"en": "en-US", "es": "es-US"}


# current_language and default_language live in .language_codes (models need them without the page cache).
__all__ = [
    "Alternate",
    "current_language",
    "default_language",
    "home_alternates",
    "og_locale",
    "page_alternates",
    "regional_code",
    "view_alternates",
]


@dataclass(frozen=True)
class Alternate:
    language: str  # "en", "es"
    name: str  # the language's name in itself, e.g. "Español"
    url: str  # absolute URL of the same page in that language, "" if not translated (or not live) yet
    current: bool


def regional_code(language=None):
    """BCP 47 tag with region, for ``inLanguage``: "en-US", "es-US"."""
    language = language or current_language()
    return REGIONAL.get(language, language)


def og_locale(language=None):
    """The Open Graph form of the language: "en_US", "es_US"."""
    return regional_code(language).replace("-", "_")


def _live_translations(page):
    """The live, public versions of ``page`` in every language, by language code (one query per generation)."""
    if not hasattr(page, "_clinic_translations"):
        # Publishing, unpublishing, moving or restricting a page starts a new generation: kept until then.
        page._clinic_translations = until_next_change(
            f"live-translations:{page.translation_key}", lambda: _find_live_translations(page.translation_key)
        )
    return page._clinic_translations


def _find_live_translations(translation_key):
    # Restrictions from the cached list (core/visibility.py): .public() would cost a query per page view.
    translations = without_restricted(
        Page.objects.filter(translation_key=translation_key).live().select_related("locale")
    )
    return {p.locale.language_code: p for p in translations}


def page_alternates(page, request):
    """One :class:`Alternate` per configured language for ``page``, in the order of ``LANGUAGES``."""
    translations = _live_translations(page)
    active = current_language()
    alternates = []
    for code, name in settings.LANGUAGES:
        version = translations.get(code)
        url = (version.get_full_url(request) or "") if version is not None else ""
        alternates.append(Alternate(code, name, url, current=code == active))
    return alternates


def view_alternates(request):
    """For views that are not pages: the same view in each language (the search page in Spanish is
    /es/search/), or each language's home page where the view has no name (errors). Without the query: a
    search typed in one language means little in the other."""
    match = getattr(request, "resolver_match", None)
    if match is None or not match.url_name or match.url_name == "wagtail_serve":
        return home_alternates(request)
    # The site's own address, as the pages' alternates use (Page.get_full_url), not whatever Host was sent.
    site = Site.find_for_request(request)
    root = site.root_url if site is not None else request.build_absolute_uri("/").rstrip("/")
    active = current_language()
    return [
        Alternate(code, name, root + translate_url(request.path, code), current=code == active)
        for code, name in settings.LANGUAGES
    ]


def home_alternates(request):
    """Each language's home page, or "" where it has none."""
    site = Site.find_for_request(request)
    if site is None:
        return [Alternate(code, name, "", code == current_language()) for code, name in settings.LANGUAGES]
    return page_alternates(site.root_page, request)
