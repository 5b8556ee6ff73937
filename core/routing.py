"""Wagtail's page serving, three queries cheaper per uncached page view (issue 18: the uncached treatment page).

Wagtail's ``serve`` view finds the site (a query), starts at its home page in the visitor's language
(``root_page.localized``: a query for the active ``Locale``) loaded whole (``.specific``: a query for the
home page's own fields), then lets each page on the way route to the next. Here the site is read once per
page-cache generation, the locales' language codes once until a locale changes, and the home page is only
made specific without its own fields when the route goes deeper (``specific_deferred``: routing needs only
its type and tree position).
The route found is stored where Wagtail keeps it for the request, and Wagtail's own view serves it: the
same hooks, restrictions and 404s.
"""

from django.conf import settings
from django.http import Http404
from django.http.request import split_domain_port
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from .page_cache import until_next_change, until_saved


def locale_ids():
    """``{language code: Locale id}`` for every locale, read again only when one is added, changed or deleted."""
    return until_saved("locale-ids", lambda: dict(Locale.objects.values_list("language_code", "id")))


def active_locale_id():
    """What ``Locale.get_active().id`` gives, without its query; ``None`` where the locales do not say."""
    ids = locale_ids()
    for language in (translation.get_language(), settings.LANGUAGE_CODE):
        try:
            code = get_supported_content_language_variant(language)
        except LookupError:
            continue
        if code in ids:
            return ids[code]
    return None


def localized_root(root):
    """``root.localized``: the live home page in the active language, else ``root`` itself."""
    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return root
    locale_id = active_locale_id()
    if locale_id is None:
        return root.localized  # a locale the kept list does not know yet: ask Wagtail
    if locale_id == root.locale_id:
        return root
    translation_page = Page.objects.filter(translation_key=root.translation_key, locale_id=locale_id).first()
    return translation_page if translation_page is not None and translation_page.live else root


def find_site(request):
    """``Site.find_for_request(request)``, the site for each host and port read once per generation."""
    if not hasattr(request, "_wagtail_site"):  # where Wagtail keeps it for the request
        hostname = split_domain_port(request._get_raw_host())[0]  # as Wagtail: ALLOWED_HOSTS is checked before
        name = f"site-for:{hostname}:{request.get_port()}"
        # Editing a site or publishing its home page starts a new generation.
        request._wagtail_site = until_next_change(name, lambda: Site._find_for_request(request))
    return request._wagtail_site


def route(request, path):
    """``Page.route_for_request``'s result for ``path``: ``(page, args, kwargs)``, or ``None`` for a 404."""
    site = find_site(request)
    if site is None:
        return None
    components = [component for component in path.split("/") if component]
    root = localized_root(site.root_page)
    root = root.specific_deferred if components else root.specific
    try:
        return root.route(request, components)
    except Http404:
        return None


def serve(request, path):
    """Wagtail's ``serve`` view, given the route found by :func:`route`."""
    if not hasattr(request, "_wagtail_route_for_request"):
        request._wagtail_route_for_request = route(request, path)
    return wagtail_views.serve(request, path)
