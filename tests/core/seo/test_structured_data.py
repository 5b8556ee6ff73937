"""Structured data (JSON-LD): the clinic, reviewed treatment pages, breadcrumbs and FAQs, valid and safe."""

import datetime
import re
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from tests.conftest import core_body
from tests.core.seo.conftest import BASE, PAGES, SCHEMA, by_type, get_soup, json_ld


def test_home_page_describes_the_clinic(client, site):
    clinic = by_type(json_ld(get_soup(client, "/")), "MedicalClinic")
    assert clinic["@context"] == SCHEMA
    assert clinic["@type"] == ["MedicalClinic", "Physiotherapy"]
    assert clinic["name"] == "Westminster Wellness Clinic"
    assert clinic["url"] == BASE + "/"
    assert clinic["telephone"] == "+13035550142"
    assert clinic["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "7000 W 92nd Ave",
        "addressLocality": "Westminster",
        "addressRegion": "CO",
        "postalCode": "80021",
        "addressCountry": "US",
    }
    assert clinic["geo"] == {"@type": "GeoCoordinates", "latitude": 39.8605, "longitude": -105.0772}
    weekdays = [f"{SCHEMA}/{day}" for day in ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]]
    assert clinic["openingHoursSpecification"] == [
        {"@type": "OpeningHoursSpecification", "dayOfWeek": weekdays, "opens": "07:30", "closes": "18:30"},
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [f"{SCHEMA}/Saturday"],
            "opens": "08:00",
            "closes": "12:00",
        },
    ]
    assert clinic["image"].startswith(BASE + "/")
    assert clinic["hasMap"].startswith("https://www.google.com/maps/search/")


def test_treatment_page_is_a_reviewed_medical_web_page_about_a_therapy(client, site):
    entities = json_ld(get_soup(client, "/treatments/dry-needling/"))
    assert {e["@type"] for e in entities} == {"MedicalWebPage", "BreadcrumbList", "FAQPage"}
    page = by_type(entities, "MedicalWebPage")
    assert page["url"] == BASE + "/treatments/dry-needling/"
    assert page["name"] == "Dry Needling"
    assert page["description"] == "Dry Needling explained in plain language."
    assert page["lastReviewed"] == "2026-01-15"
    assert page["reviewedBy"] == {"@type": "Person", "name": "Alex Rivera, PT, DPT"}
    assert datetime.datetime.fromisoformat(page["dateModified"])
    assert page["about"] == {
        "@type": "MedicalTherapy",
        "name": "Dry Needling",
        "alternateName": ["trigger point needling", "IMS"],
        "description": "Dry Needling explained in plain language.",
    }
    assert page["publisher"]["@id"] == BASE + "/#clinic"


def test_breadcrumbs_match_the_visible_trail(client, site):
    soup = get_soup(client, "/treatments/dry-needling/")
    crumbs = by_type(json_ld(soup), "BreadcrumbList")["itemListElement"]
    assert [(c["position"], c["name"], c["item"]) for c in crumbs] == [
        (1, "Home", BASE + "/"),
        (2, "Treatments", BASE + "/treatments/"),
        (3, "Dry Needling", BASE + "/treatments/dry-needling/"),
    ]
    visible = [li.get_text(strip=True) for li in soup.find("nav", attrs={"aria-label": "Breadcrumb"}).find_all("li")]
    assert visible == [c["name"] for c in crumbs]
    # The home page is the top of the trail: no breadcrumbs.
    assert not [e for e in json_ld(get_soup(client, "/")) if e["@type"] == "BreadcrumbList"]


@pytest.mark.parametrize("path", ["/treatments/dry-needling/", "/about/"])
def test_faq_blocks_become_an_faq_page(client, site, path):
    faq = by_type(json_ld(get_soup(client, path)), "FAQPage")
    assert faq["mainEntity"] == [
        {
            "@type": "Question",
            "name": "Does it hurt?",
            "acceptedAnswer": {"@type": "Answer", "text": "Most people feel a brief twitch & little else."},
        },
        {
            "@type": "Question",
            "name": "How long is a session?",
            "acceptedAnswer": {"@type": "Answer", "text": "About 30 minutes."},
        },
    ]


def test_no_faq_page_without_an_faq_block(client, site, make_treatment):
    make_treatment("Massage Therapy")
    types = [e["@type"] for e in json_ld(get_soup(client, "/treatments/massage-therapy/"))]
    assert "FAQPage" not in types


@pytest.mark.parametrize("path", PAGES)
def test_every_json_ld_block_is_valid_with_context_and_type(client, site, path):
    entities = json_ld(get_soup(client, path))
    assert entities
    for entity in entities:
        assert entity["@context"] == SCHEMA
        assert entity["@type"]


def test_page_text_cannot_break_out_of_a_json_ld_block(client, site, make_treatment):
    hostile = "Cupping </script><script>alert(1)</script> & <!--"
    make_treatment(hostile, slug="cupping", summary="Cupping </SCRIPT> explained", body=core_body("cupping"))
    response = client.get("/treatments/cupping/")
    html = response.content.decode()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, flags=re.S | re.I)
    assert blocks and all("<" not in block and ">" not in block for block in blocks)
    page = by_type(json_ld(BeautifulSoup(response.content, "html.parser")), "MedicalWebPage")
    assert page["name"] == hostile
    assert page["about"]["description"] == "Cupping </SCRIPT> explained"
    assert "<script>alert(1)</script>" not in html  # nor anywhere else: titles are escaped in HTML too


def test_map_position_needs_both_coordinates(clinic_settings):
    clinic_settings.latitude = Decimal("39.86")
    with pytest.raises(ValidationError, match="both latitude and longitude"):
        clinic_settings.full_clean()
    clinic_settings.longitude = Decimal("-105.08")
    clinic_settings.full_clean()


# sitemap.xml, robots.txt, error pages
