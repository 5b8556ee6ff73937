"""/treatments/ one page at a time (issue 18 item 4): A to Z across pages, letters and body areas as plain
links, canonical and rel=prev/next, bad page numbers answered 404, and no page too big at any size."""

import re

import pytest
from bs4 import BeautifulSoup

from core import page_cache
from treatments import listing
from treatments.models import BodyArea, TreatmentPage

TITLES = ["Acupuncture", "Bracing", "Cupping", "Dry Needling", "Electrotherapy", "Exercise Therapy", "Massage"]
SHOULDER = ["Bracing", "Cupping", "Electrotherapy", "Massage"]


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr(listing, "PER_PAGE", 3)


@pytest.fixture
def seven(make_treatment, small_pages):
    shoulder, _ = BodyArea.objects.get_or_create(name="Shoulder", defaults={"slug": "shoulder"})
    # Created out of order: the list sorts A to Z, not by creation.
    return {
        title: make_treatment(title, body_areas=[shoulder] if title in SHOULDER else []) for title in reversed(TITLES)
    }


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def card_titles(page):
    return [h.get_text(strip=True) for h in page.select("main .card__title")]


def test_pages_follow_each_other_a_to_z(client, seven):
    pages = [soup(client.get("/treatments/", {"page": n} if n > 1 else {})) for n in (1, 2, 3)]
    assert [card_titles(page) for page in pages] == [TITLES[0:3], TITLES[3:6], TITLES[6:]]
    first, middle, last = pages
    assert first.select_one('link[rel="next"]')["href"] == "/treatments/?page=2"
    assert first.select_one('link[rel="prev"]') is None
    assert middle.select_one('link[rel="prev"]')["href"] == "/treatments/"
    assert middle.select_one('nav.pagination a[rel="next"]')["href"] == "/treatments/?page=3"
    assert last.select_one('link[rel="next"]') is None
    assert "Page 3 of 3" in last.select_one(".pagination__current").get_text()


def test_each_page_of_the_whole_list_is_its_own_canonical_page(client, seven):
    assert soup(client.get("/treatments/")).select_one('link[rel="canonical"]')["href"].endswith("/treatments/")
    second = soup(client.get("/treatments/", {"page": 2}))
    assert second.select_one('link[rel="canonical"]')["href"].endswith("/treatments/?page=2")
    assert second.select_one('meta[property="og:url"]')["content"].endswith("/treatments/?page=2")
    by_area = soup(client.get("/treatments/", {"area": "shoulder", "page": 2}))
    assert by_area.select_one('link[rel="canonical"]')["href"].endswith("/treatments/")


def test_letters_link_to_the_page_they_start_on(client, seven):
    page = soup(client.get("/treatments/", {"page": 2}))
    letters = {a.get_text(strip=True): a for a in page.select('nav[aria-labelledby="a-to-z-heading"] a')}
    assert list(letters) == ["A", "B", "C", "D", "E", "M"]
    assert letters["A"]["href"] == "/treatments/"
    assert letters["E"]["href"] == "/treatments/?page=2"
    assert letters["M"]["href"] == "/treatments/?page=3"
    assert letters["D"].get("aria-current") == "page" and letters["M"].get("aria-current") is None


def test_body_area_browse_is_paged_and_keeps_its_filter(client, seven):
    first = soup(client.get("/treatments/", {"area": "shoulder"}))
    assert card_titles(first) == SHOULDER[:3]
    assert first.select_one('nav.pagination a[rel="next"]')["href"] == "/treatments/?area=shoulder&page=2"
    second = soup(client.get("/treatments/", {"area": "shoulder", "page": 2}))
    assert card_titles(second) == SHOULDER[3:]
    assert second.select_one('nav.pagination a[rel="prev"]')["href"] == "/treatments/?area=shoulder"


@pytest.mark.parametrize("number", ["0", "4", "-1", "abc", "1.5", "2e3", "99999999999999999999999", "%00", "४"])
def test_a_page_that_does_not_exist_is_not_found(client, seven, number):
    assert client.get(f"/treatments/?page={number}").status_code == 404


def test_pages_are_cached_only_as_the_list_writes_them(client, seven):
    client.get("/treatments/", {"page": 2})
    assert client.get("/treatments/", {"page": 2})["X-Cache"] == "HIT"
    for spelling in ("02", "2 ", ""):
        client.get("/treatments/", {"page": spelling})
        assert client.get("/treatments/", {"page": spelling}).get("X-Cache") != "HIT"


def test_a_publish_empties_every_page_of_the_list(client, seven):
    client.get("/treatments/", {"page": 3})
    page = seven["Massage"]
    page.title = "Massage Therapy"
    page.save_revision().publish()
    response = client.get("/treatments/", {"page": 3})
    assert response.get("X-Cache") != "HIT"
    assert card_titles(soup(response)) == ["Massage Therapy"]


def test_no_page_of_a_large_list_is_over_100_kb(client, treatment_index):
    """Cards of the longest title and summary allowed; the page's size depends on PER_PAGE, not on the
    number of treatments (three pages here; 20 at 1,000 treatments)."""
    count = 2 * listing.PER_PAGE + 5
    for n in range(count):
        title = f"Treatment {n:04} " + "x" * 230
        treatment_index.add_child(
            instance=TreatmentPage(title=title, slug=f"treatment-{n}", summary="S" * 300, body=[], live=True)
        )
    page_cache.invalidate()
    sizes = []
    for number in (1, 2, 3):
        response = client.get("/treatments/", {"page": number} if number > 1 else {})
        assert response.status_code == 200
        sizes.append(len(response.content))
    assert max(sizes) < 100_000, sizes
    assert len(re.findall(r'class="card"', client.get("/treatments/").content.decode())) == listing.PER_PAGE
