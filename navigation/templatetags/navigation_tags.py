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
from core.page_cache import until_next_change
from core.visibility import without_restricted
from home.models import ContentPage
from locations.models import LocationIndexPage, live_locations
from people.models import OurTeamPage
from treatments.models import TreatmentIndexPage
from trust.models import TRUST_PAGE_TYPES

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
    team_url: str = ""
    locations_url: str = ""
    locations: list = field(default_factory=list)
    nav_items: list = field(default_factory=list)
    trust_items: list = field(default_factory=list)


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
        for model in (AppointmentPage, TreatmentIndexPage, OurTeamPage, LocationIndexPage, ContentPage)
    }

    def child_of_type(model):
        return next((p for p in children if p.content_type_id == type_ids[model]), None)

    treatments_index = child_of_type(TreatmentIndexPage)
    team_index = child_of_type(OurTeamPage)
    locations_index = child_of_type(LocationIndexPage)
    appointment = child_of_type(AppointmentPage)

    if treatments_index is not None:
        links.treatments_url = treatments_index.get_url(request) or ""
        links.nav_items.append(NavItem(treatments_index.title, links.treatments_url, treatments_index.path))
    if team_index is not None:
        links.team_url = team_index.get_url(request) or ""
        links.nav_items.append(NavItem(team_index.title, links.team_url, team_index.path))
    if locations_index is not None:
        links.locations_url = locations_index.get_url(request) or ""
        links.nav_items.append(NavItem(locations_index.title, links.locations_url, locations_index.path))
        # One query, only on sites that have locations: the footer lists them when there are two or more.
        links.locations = live_locations(locations_index)
    if appointment is not None:
        links.appointment_url = appointment.get_url(request) or ""
    links.nav_items += [
        NavItem(page.title, page.get_url(request) or "", page.path)
        for page in children
        if page.show_in_menus and page.content_type_id == type_ids[ContentPage]
    ]
    # First visit, insurance and the notices: linked from the footer, in TRUST_PAGE_TYPES order.
    trust_type_ids = [ContentType.objects.get_for_model(model).pk for model in TRUST_PAGE_TYPES]
    trust_pages = sorted(
        (page for page in children if page.content_type_id in trust_type_ids),
        key=lambda page: trust_type_ids.index(page.content_type_id),
    )
    links.trust_items = [NavItem(page.title, page.get_url(request) or "", page.path) for page in trust_pages]
    return links


def site_links(context):
    """The URLs the site chrome needs, looked up once per request ("" when missing)."""
    request = context.get("request")
    if request is None:
        return SiteLinks()
    if not hasattr(request, _CACHE_ATTR):
        site = Site.find_for_request(request)  # cached on the request
        # The same for every page of the site in one language until a change: built once per change, not per
        # render. Each language links its own pages (the Spanish home, /es/tratamientos/), so each has its own.
        language = translation.get_language() or settings.LANGUAGE_CODE
        name = f"site-links:{site.pk if site else '-'}:{language}:{request.scheme}:{request.get_host()}"
        setattr(request, _CACHE_ATTR, until_next_change(name, lambda: _build_site_links(request)))
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
def team_url(context):
    """URL of the live "Our team" index, or "" if there is none."""
    return site_links(context).team_url


@register.simple_tag(takes_context=True)
def locations_url(context):
    """URL of the live locations index, or "" if there is none."""
    return site_links(context).locations_url


@register.simple_tag(takes_context=True)
def footer_locations(context):
    """Every live location when there are two or more; with one, the clinic's own details stand for it."""
    locations = site_links(context).locations
    return locations if len(locations) > 1 else []


@register.simple_tag(takes_context=True)
def home_url(context):
    return site_links(context).home_url


@register.simple_tag(takes_context=True)
def nav_pages(context):
    """Main navigation: the treatments, team and locations indexes, then content pages marked "show in menus".

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


@register.simple_tag(takes_context=True)
def trust_pages(context):
    """The footer's links to the first-visit, insurance and notice pages that are published."""
    return [item for item in site_links(context).trust_items if item.url]
