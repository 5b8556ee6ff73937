"""Template tags for the site chrome: navigation targets, directions, labels.

Everything the header and footer need about the page tree comes from one cached
lookup per request (:func:`site_links`), so every page pays the same small, fixed
number of queries however many links it shows.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django import template
from django.contrib.contenttypes.models import ContentType
from django.utils.text import capfirst
from wagtail.models import Site

from core.models import WEEKDAYS
from core.page_cache import without_restricted

register = template.Library()

_CACHE_ATTR = "_clinic_site_links"
_WEEKDAY_LABELS = dict(WEEKDAYS)
MAPS_SEARCH_URL = "https://www.google.com/maps/search/"


@dataclass(frozen=True)
class NavItem:
    title: str
    url: str
    path: str  # tree path, to tell whether the current page is inside this section


@dataclass
class SiteLinks:
    home_url: str = "/"
    treatments_url: str = ""
    appointment_url: str = ""
    nav_items: list = field(default_factory=list)


def _build_site_links(request):
    from appointments.models import AppointmentPage
    from home.models import ContentPage
    from treatments.models import TreatmentIndexPage

    links = SiteLinks()
    site = Site.find_for_request(request)
    if site is None:
        return links
    root = site.root_page  # fetched with the site (select_related)
    links.home_url = root.get_url(request) or "/"

    # The treatments index and the appointment page may only live directly under the
    # home page, so one query over its children finds everything the chrome links to.
    children = list(without_restricted(root.get_children().live()).order_by("path"))
    # ContentType lookups are cached in memory by Django after the first request.
    type_ids = {
        model: ContentType.objects.get_for_model(model).pk
        for model in (AppointmentPage, TreatmentIndexPage, ContentPage)
    }
    treatments_index = next((p for p in children if p.content_type_id == type_ids[TreatmentIndexPage]), None)
    appointment = next((p for p in children if p.content_type_id == type_ids[AppointmentPage]), None)

    if treatments_index is not None:
        links.treatments_url = treatments_index.get_url(request) or ""
        links.nav_items.append(NavItem(treatments_index.title, links.treatments_url, treatments_index.path))
    if appointment is not None:
        links.appointment_url = appointment.get_url(request) or ""
    links.nav_items += [
        NavItem(page.title, page.get_url(request) or "", page.path)
        for page in children
        if page.show_in_menus and page.content_type_id == type_ids[ContentPage]
    ]
    return links


def site_links(context):
    """The URLs the site chrome needs, looked up once per request ("" when missing)."""
    request = context.get("request")
    if request is None:
        return SiteLinks()
    if not hasattr(request, _CACHE_ATTR):
        setattr(request, _CACHE_ATTR, _build_site_links(request))
    return getattr(request, _CACHE_ATTR)


@register.simple_tag(takes_context=True)
def appointment_url(context):
    """URL of the live appointment request page, or "" if there is none."""
    return site_links(context).appointment_url


@register.simple_tag(takes_context=True)
def treatments_index_url(context):
    """URL of the live treatments index page, or "" if there is none."""
    return site_links(context).treatments_url


@register.simple_tag(takes_context=True)
def home_url(context):
    return site_links(context).home_url


@register.simple_tag(takes_context=True)
def nav_pages(context):
    """Main navigation: the treatments index, then content pages marked "show in menus".

    Each item is ``{"title", "url", "current"}``, where ``current`` is the value for
    ``aria-current``: "page" on the item's own page, "true" on a page inside it, else "".
    """
    page = context.get("page")
    current_path = getattr(page, "path", "") or ""
    items = []
    for item in site_links(context).nav_items:
        if not item.url:
            continue
        current = ""
        if current_path == item.path:
            current = "page"
        elif current_path.startswith(item.path):
            current = "true"
        items.append({"title": item.title, "url": item.url, "current": current})
    return items


def ancestors_of(page):
    """The page's ancestors, root first, queried once per page however often the trail is shown."""
    if not hasattr(page, "_clinic_ancestors"):
        page._clinic_ancestors = list(page.get_ancestors())
    return page._clinic_ancestors


@register.filter
def ancestors(page):
    """``page.get_ancestors`` for the breadcrumbs, shared with the breadcrumb JSON-LD (one query)."""
    return ancestors_of(page)


@register.filter
def directions_url(address_lines):
    """A Google Maps search link for an address (a plain link: the page itself loads nothing from Google)."""
    address = ", ".join(line for line in address_lines or [] if line)
    if not address:
        return ""
    return f"{MAPS_SEARCH_URL}?{urlencode({'api': '1', 'query': address})}"


@register.filter
def weekday_label(value):
    """ "0" → "Monday" … "6" → "Sunday" (the values stored by OpeningHoursBlock)."""
    return _WEEKDAY_LABELS.get(str(value), "")


@register.filter
def page_type_label(page):
    """The page's type as visitors would name it, e.g. "Treatment" (templates cannot read ``_meta``)."""
    model = getattr(page, "specific_class", None) or type(page)
    return capfirst(model._meta.verbose_name)
