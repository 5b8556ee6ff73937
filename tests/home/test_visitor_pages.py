import re

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core import page_cache
from home.models import ContentPage, FeaturedTreatment
from treatments.models import RelatedTreatment


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def site(clinic_settings, appointment_page, make_treatment):
    return {
        "needling": make_treatment("Dry Needling", also_known_as="trigger point needling, IMS"),
        "massage": make_treatment("Massage Therapy"),
        "acupuncture": make_treatment("Acupuncture"),
        "draft": make_treatment("Cupping Therapy", live=False),
    }


def test_treatment_page_shows_core_sections_as_h2_in_order(client, site):
    page = soup(client.get("/treatments/dry-needling/"))
    main = page.find("main")
    assert main.find_all("h1")[0].get_text(strip=True) == "Dry Needling"
    assert len(page.find_all("h1")) == 1
    sections = [(h2["id"], h2.get_text(strip=True)) for h2 in main.find_all("h2", id=True)]
    section_ids = [id_ for id_, _ in sections if not id_.startswith("contents")]
    assert section_ids[:4] == ["overview-heading", "how-it-works-heading", "benefits-heading", "safety-heading"]
    for anchor in ["overview", "how-it-works", "benefits", "safety"]:
        assert main.find(id=anchor) is not None
        assert main.find("a", href=f"#{anchor}") is not None, f"contents list links to #{anchor}"


def test_treatment_page_shows_review_date_names_and_appointment_link(client, site):
    page = soup(client.get("/treatments/dry-needling/"))
    text = page.get_text(" ", strip=True)
    assert "trigger point needling" in text
    reviewed = page.find("time", datetime="2026-01-15")
    assert reviewed is not None
    assert "Alex Rivera, PT, DPT" in text
    links = page.find("main").find_all("a", string=re.compile("Request an appointment"))
    assert links and links[0]["href"] == "/request-an-appointment/?treatment=dry-needling"


def test_related_treatments_are_editor_chosen_or_suggested(client, site):
    page = soup(client.get("/treatments/dry-needling/"))
    related = {a["href"] for a in page.find("main").find_all("a", href=re.compile("^/treatments/.+/$"))}
    assert {"/treatments/acupuncture/", "/treatments/massage-therapy/"} <= related
    assert "/treatments/cupping-therapy/" not in related

    needling = site["needling"]
    needling.related_treatments = [RelatedTreatment(treatment=site["massage"])]
    needling.save_revision().publish()
    page = soup(client.get("/treatments/dry-needling/"))
    related = {a["href"] for a in page.find("main").find_all("a", href=re.compile("^/treatments/.+/$"))}
    assert "/treatments/massage-therapy/" in related
    assert "/treatments/acupuncture/" not in related


def test_treatment_index_lists_live_treatments_a_to_z_with_summaries(client, site):
    response = client.get("/treatments/")
    titles = [
        a.get_text(strip=True) for a in soup(response).find("main").find_all("a", href=re.compile("^/treatments/.+/$"))
    ]
    ordered = [t for t in titles if t in {"Acupuncture", "Dry Needling", "Massage Therapy"}]
    assert ordered == ["Acupuncture", "Dry Needling", "Massage Therapy"]
    assert "Cupping Therapy" not in titles
    assert site["needling"].summary in response.content.decode()


def test_treatment_index_query_count_does_not_grow_with_treatments(client, site, make_treatment):
    client.get("/treatments/")  # warm caches (site root paths, settings)
    page_cache.invalidate()  # count a rendered page, not a copy from the page cache
    with CaptureQueriesContext(connection) as few:
        client.get("/treatments/")
    for n in range(5):
        make_treatment(f"Extra {n}", slug=f"extra-{n}")
    with CaptureQueriesContext(connection) as many:
        client.get("/treatments/")
    assert len(many) == len(few)


def test_treatment_page_query_count_does_not_grow_with_related_treatments(client, site):
    client.get("/treatments/dry-needling/")
    page_cache.invalidate()  # count a rendered page, not a copy from the page cache
    with CaptureQueriesContext(connection) as queries:
        client.get("/treatments/dry-needling/")
    assert len(queries) <= 20


def test_home_page_shows_featured_treatments_and_contact_details(client, site, home_page):
    home_page.featured_treatments = [FeaturedTreatment(treatment=site["massage"])]
    home_page.save_revision().publish()
    page = soup(client.get("/"))
    main = page.find("main")
    assert main.find("a", href="/treatments/massage-therapy/") is not None
    assert main.find("a", href="/treatments/acupuncture/") is None
    text = page.get_text(" ", strip=True)
    assert "7000 W 92nd Ave" in text
    assert "Westminster" in text


@pytest.mark.parametrize(
    "path",
    ["/", "/treatments/", "/treatments/dry-needling/", "/request-an-appointment/", "/search/?q=needling", "/about/"],
)
def test_every_page_has_the_header(client, site, home_page, path):
    home_page.add_child(instance=ContentPage(title="About us", slug="about", summary="Who we are."))
    page = soup(client.get(path))
    header = page.find("header")
    assert "Westminster Wellness Clinic" in header.get_text()
    assert header.find("a", href="tel:+13035550142") is not None
    search = header.find("form", attrs={"role": "search"})
    assert search["action"] == "/search/"
    field = search.find("input", attrs={"name": "q"})
    assert page.find("label", attrs={"for": field["id"]}) is not None
    assert header.find("a", href="/request-an-appointment/", string=re.compile("Request an appointment"))
    assert page.find("a", href="#main") is not None
    assert page.find("main", id="main") is not None
    assert page.find("footer") is not None


def test_drafts_are_not_served(client, site):
    assert client.get("/treatments/cupping-therapy/").status_code == 404


def test_404_page(client, site):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert b"search" in response.content.lower()


def test_phone_action_bar_offers_call_and_request_on_every_page(client, site):
    for path in ["/", "/treatments/dry-needling/", "/search/?q=needling"]:
        bar = soup(client.get(path)).find("nav", class_="action-bar")
        assert bar is not None, path
        call = bar.find("a", href="tel:+13035550142")
        # The visible word "Call" starts the accessible name (WCAG 2.5.3, label in name).
        assert call.get_text(" ", strip=True) == "Call (303) 555-0142"
        assert bar.find("a", href="/request-an-appointment/").get_text(strip=True) == "Request an appointment"


def test_footer_has_emergency_advice_and_directions(client, site):
    footer = soup(client.get("/")).find("footer")
    assert "In a medical emergency, call 911." in footer.get_text(" ", strip=True)
    directions = footer.find("a", href=re.compile(r"^https://www\.google\.com/maps/search/\?api=1&query="))
    assert "7000+W+92nd+Ave" in directions["href"]
