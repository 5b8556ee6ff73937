"""A treatment's Sources block: a short list on the page and ``citation`` in its structured data."""

import datetime

from tests.conftest import core_body
from tests.core.seo.conftest import by_type, get_soup, json_ld

SOURCES = (
    "sources",
    {
        "heading": "Sources",
        "items": [
            {
                "citation": "MedlinePlus. Back Pain",
                "url": "https://medlineplus.gov/backpain.html",
                "accessed": datetime.date(2026, 1, 15),
            },
            {"citation": "Clinic guideline on dry needling, 2025", "url": "", "accessed": None},
        ],
    },
)


def test_sources_are_listed_with_link_and_date_accessed(client, site, make_treatment):
    make_treatment("Cupping", body=[*core_body("cupping"), SOURCES])
    soup = get_soup(client, "/treatments/cupping/")
    section = soup.select_one("section.block--sources")
    assert section.h2.get_text() == "Sources"
    items = section.select("li")
    assert items[0].a["href"] == "https://medlineplus.gov/backpain.html"
    assert "Accessed January 15, 2026" in items[0].get_text()
    assert items[1].a is None
    assert "Clinic guideline on dry needling, 2025" in items[1].get_text()


def test_sources_become_citations_in_the_structured_data(client, site, make_treatment):
    make_treatment("Cupping", body=[*core_body("cupping"), SOURCES])
    page = by_type(json_ld(get_soup(client, "/treatments/cupping/")), "MedicalWebPage")
    assert page["citation"] == [
        {"@type": "CreativeWork", "name": "MedlinePlus. Back Pain", "url": "https://medlineplus.gov/backpain.html"},
        {"@type": "CreativeWork", "name": "Clinic guideline on dry needling, 2025"},
    ]


def test_no_sources_no_citation(client, site, make_treatment):
    make_treatment("Cupping")
    assert "citation" not in by_type(json_ld(get_soup(client, "/treatments/cupping/")), "MedicalWebPage")
