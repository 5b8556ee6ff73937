"""Fixtures and helpers of the SEO and structured-data tests: a small site with an FAQ, read as crawlers do."""

import json
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from home.models import ContentPage
from tests.conftest import core_body

BASE = "http://localhost"
PAGES = ["/", "/treatments/", "/treatments/dry-needling/", "/about/", "/request-an-appointment/"]
SCHEMA = "https://schema.org"
FAQ = (
    "faq",
    {
        "heading": "Frequently asked questions",
        "items": [
            {"question": "Does it hurt?", "answer": "<p>Most people feel a brief <b>twitch</b> &amp; little else.</p>"},
            {"question": "How long is a session?", "answer": "<p>About 30 minutes.</p>"},
        ],
    },
)


def get_soup(client, path, status=200):
    response = client.get(path)
    assert response.status_code == status, path
    return BeautifulSoup(response.content, "html.parser")


def meta(soup, key):
    tag = soup.find("meta", attrs={"name": key}) or soup.find("meta", attrs={"property": key})
    return tag["content"] if tag else None


def json_ld(soup):
    """Every JSON-LD block on the page, parsed (a block that is not valid JSON fails the test)."""
    return [json.loads(script.string) for script in soup.find_all("script", type="application/ld+json")]


def by_type(entities, type_name):
    found = [e for e in entities if type_name == e["@type"] or type_name in e["@type"]]
    assert len(found) == 1, f"expected one {type_name}, found {len(found)}"
    return found[0]


@pytest.fixture
def site(clinic_with_hours, appointment_page, make_treatment, home_page):
    clinic_with_hours.tagline = "Physical therapy and massage in Westminster"
    clinic_with_hours.latitude, clinic_with_hours.longitude = Decimal("39.8605"), Decimal("-105.0772")
    clinic_with_hours.save()
    needling = make_treatment(
        "Dry Needling", also_known_as="trigger point needling, IMS", body=[*core_body("needling"), FAQ]
    )
    about = home_page.add_child(
        instance=ContentPage(title="About us", slug="about", summary="Who we are and how we work.", body=[FAQ])
    )
    # Published through revisions, as editors do, so every page has a last-published date.
    for page in [home_page, needling.get_parent(), about]:
        page.save_revision().publish()
    return {"needling": needling, "about": about, "home": home_page}


@pytest.fixture
def image(db):
    return get_image_model().objects.create(
        title="IMG_0042", description="A clinician treating a runner's calf", file=get_test_image_file(size=(1600, 900))
    )


# Titles and descriptions
