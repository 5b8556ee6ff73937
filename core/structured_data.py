"""schema.org JSON-LD: what search engines read about the clinic and its pages.

Every page gets a ``BreadcrumbList`` (below the home page) and an ``FAQPage`` when its body
has an FAQ block; a page type adds its own entities with ``get_structured_data(request)``
(the home page describes the clinic, a treatment page its therapy).
"""

import json
from itertools import groupby

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.models import Site

from .blocks import FAQBlock
from .languages import regional_code
from .places import WEEKDAYS
from .seo import ancestors_of, page_description, plain_text, social_image

SCHEMA = "https://schema.org"
# schema.org's business type for a physical therapy practice is Physiotherapy (its
# "PhysicalTherapy" is a therapy, not a business); MedicalClinic covers the rest of the care.
CLINIC_TYPES = ["MedicalClinic", "Physiotherapy"]
# The clinic is in the United States (the address fields have no country).
COUNTRY = "US"

# Inside <script> the HTML parser ends the element at the first "</script", whatever the
# JSON says; escaping <, > and & keeps every string inert (the same escapes as json_script).
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld_script(data):
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    payload = payload.translate(_SCRIPT_ESCAPES)
    # Safe to mark: after the escapes above the payload holds no "<", ">" or "&" at all.
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308


def site_root_url(request):
    site = Site.find_for_request(request)
    return site.root_page.get_full_url(request) if site else request.build_absolute_uri("/")


def clinic_id(request):
    """The clinic's node id, so other pages' entities can refer to it."""
    return site_root_url(request) + "#clinic"


def opening_hours_specification(clinic):
    """Days with the same hours share one entry, as Google's examples do."""
    names = dict(WEEKDAYS)
    periods = sorted(clinic.opening_periods, key=lambda p: (p[1], p[2], p[0]))
    return [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [f"{SCHEMA}/{names[str(day)]}" for day, _, _ in group],
            "opens": f"{opens:%H:%M}",
            "closes": f"{closes:%H:%M}",
        }
        for (opens, closes), group in groupby(periods, key=lambda p: (p[1], p[2]))
    ]


def place_details(place):
    """Telephone, email, address, map link, geo and opening hours of a ``core.places.PlaceMixin``."""
    data = {}
    if place.phone_href:
        data["telephone"] = place.phone_href.removeprefix("tel:")
    if place.email:
        data["email"] = place.email
    if place.address_lines:
        address = {
            "@type": "PostalAddress",
            "streetAddress": place.street_address,
            "addressLocality": place.locality,
            "addressRegion": place.region,
            "postalCode": place.postal_code,
            "addressCountry": COUNTRY,
        }
        data["address"] = {key: value for key, value in address.items() if value}
        data["hasMap"] = place.directions_url
    if place.latitude is not None and place.longitude is not None:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(place.latitude),
            "longitude": float(place.longitude),
        }
    hours = opening_hours_specification(place)
    if hours:
        data["openingHoursSpecification"] = hours
    return data


def clinic_entity(clinic, request):
    url = site_root_url(request)
    data = {
        "@context": SCHEMA,
        "@type": CLINIC_TYPES,
        "@id": clinic_id(request),
        "name": clinic.name,
        "url": url,
        "image": social_image(None, clinic, url).url,
    }
    if clinic.translated_tagline:
        data["description"] = clinic.translated_tagline
    data.update(place_details(clinic))
    return data


def clinic_reference(clinic, request):
    """The clinic as a node other entities point to (publisher, parentOrganization, worksFor)."""
    return {"@type": CLINIC_TYPES, "@id": clinic_id(request), "name": clinic.name, "url": site_root_url(request)}


def medical_web_page(page, request, clinic, *, about, last_reviewed=None, reviewed_by="", citation=()):
    """A page of health information about ``about`` (a MedicalEntity), with its clinical review and the
    sources it cites (``core.health_blocks.citations``).

    ``reviewed_by`` is a name, or a dict (a Person entity, e.g. a clinician page's) used as it is.
    """
    url = page.get_full_url(request)
    data = {
        "@context": SCHEMA,
        "@type": "MedicalWebPage",
        "@id": url,
        "url": url,
        "name": page.seo_title or page.title,
        "description": page_description(page, clinic),
        "inLanguage": regional_code(),
        "about": about,
        "publisher": clinic_reference(clinic, request),
    }
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    if last_reviewed:
        data["lastReviewed"] = last_reviewed.isoformat()
    if isinstance(reviewed_by, dict):
        data["reviewedBy"] = reviewed_by
    elif reviewed_by:
        data["reviewedBy"] = {"@type": "Person", "name": reviewed_by}
    if citation:
        data["citation"] = list(citation)
    return data


def breadcrumb_list(page, request):
    """The same trail as includes/breadcrumbs.html: the site's home page, then each section."""
    ancestors = ancestors_of(page)
    if not ancestors:
        return None
    trail = [("Home" if a.depth == 2 else a.title, a.get_full_url(request)) for a in ancestors]
    trail.append((page.title, page.get_full_url(request)))
    return {
        "@context": SCHEMA,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": url}
            for position, (name, url) in enumerate(trail, start=1)
        ],
    }


def faq_page(page, request):
    """An FAQPage for the questions in the page's FAQ blocks, if it has any."""
    questions = [
        {
            "@type": "Question",
            "name": item["question"],
            "acceptedAnswer": {"@type": "Answer", "text": plain_text(item["answer"])},
        }
        for block in getattr(page, "body", None) or []
        if isinstance(block.block, FAQBlock)
        for item in block.value["items"]
    ]
    if not questions:
        return None
    return {"@context": SCHEMA, "@type": "FAQPage", "url": page.get_full_url(request), "mainEntity": questions}


def for_page(page, request):
    """Every JSON-LD entity for ``page``, page-type entities first."""
    entities = list(page.get_structured_data(request)) if hasattr(page, "get_structured_data") else []
    entities += [breadcrumb_list(page, request), faq_page(page, request)]
    return [entity for entity in entities if entity]
