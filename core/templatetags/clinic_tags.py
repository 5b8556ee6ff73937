"""Template filters for the clinic's own details: breadcrumbs, directions, weekday labels.

The header's and footer's links to other pages are the navigation app's (``navigation_tags``).
"""

from django import template
from django.utils.dates import WEEKDAYS
from django.utils.text import capfirst

from core.places import maps_search_url
from core.seo import ancestors_of

register = template.Library()


@register.filter
def ancestors(page):
    """The page's ancestors below the root for the breadcrumbs, shared with the breadcrumb JSON-LD."""
    return ancestors_of(page)


@register.filter
def directions_url(address_lines):
    """A Google Maps search link for an address (``ClinicSettings.directions_url`` for the clinic's own)."""
    return maps_search_url(address_lines)


@register.filter
def weekday_label(value):
    """ "0" → "Monday" … "6" → "Sunday" (the values stored by OpeningHoursBlock), in the page's language."""
    try:
        return capfirst(WEEKDAYS[int(value)])
    except (KeyError, TypeError, ValueError):
        return ""
