"""Template tags for the site chrome: the navigation and the links to the pages it always offers.

Everything the header and footer need about the page tree comes from one cached
lookup per request (:func:`site_links`), so every page pays the same small, fixed
number of queries however many links it shows.
"""

from dataclasses import dataclass, field

from django import template
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import translation
from wagtail.models import Site

from appointments.models import AppointmentPage
from core.visibility import without_restricted
from home.models import ContentPage
from treatments.models import TreatmentIndexPage

register = template.Library()

_CACHE_ATTR = "_clinic_site_links"


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
    links = SiteLinks()
    site = Site.find_for_request(request)
    if site is None:
        return links
    root = site.root_page  # fetched with the site (select_related)
    if translation.get_language() != settings.LANGUAGE_CODE:
        # A Spanish page links to the Spanish home, treatments and appointment page (English costs no query).
        root = root.localized
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
