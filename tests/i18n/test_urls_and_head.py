"""English stays where it was; Spanish lives under /es/; every page names its other language."""

import json

import pytest
from bs4 import BeautifulSoup

from core import page_cache


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def alternates(page_soup):
    return {link["hreflang"]: link["href"] for link in page_soup.select('link[rel="alternate"][hreflang]')}


@pytest.mark.parametrize(
    "path", ["/", "/treatments/", "/treatments/dry-needling/", "/request-an-appointment/", "/search/", "/sitemap.xml"]
)
def test_english_urls_are_unchanged(client, puncion_seca, spanish_appointment_page, path):
    response = client.get(path)
    assert response.status_code == 200
    assert "/es/" not in response.get("Location", "")


def test_english_pages_say_english(client, dry_needling):
    page = soup(client.get("/treatments/dry-needling/"))
    assert page.html["lang"] == "en"
    assert page.select_one('meta[property="og:locale"]')["content"] == "en_US"


def test_spanish_home_and_treatment_answer_in_spanish(client, puncion_seca):
    for path in ["/es/", "/es/tratamientos/puncion-seca/"]:
        page = soup(client.get(path))
        assert page.html["lang"] == "es"
        assert page.select_one('meta[property="og:locale"]')["content"] == "es_US"
    data = [json.loads(script.string) for script in page.select('script[type="application/ld+json"]')]
    medical = next(entity for entity in data if entity.get("@type") == "MedicalWebPage")
    assert medical["inLanguage"] == "es-US"
    assert "Punción seca" in page.h1.get_text()


def test_hreflang_names_both_languages_and_english_as_default(client, puncion_seca):
    english = alternates(soup(client.get("/treatments/dry-needling/")))
    spanish = alternates(soup(client.get("/es/tratamientos/puncion-seca/")))
    expected = {
        "en": "http://localhost/treatments/dry-needling/",
        "es": "http://localhost/es/tratamientos/puncion-seca/",
        "x-default": "http://localhost/treatments/dry-needling/",
    }
    assert english == spanish == expected


def test_a_page_without_translation_has_no_hreflang(client, dry_needling):
    assert alternates(soup(client.get("/treatments/dry-needling/"))) == {}


def test_a_draft_translation_is_not_named(client, dry_needling, spanish_index, translate):
    translate(dry_needling, live=False, title="Punción seca", slug="puncion-seca")
    page = soup(client.get("/treatments/dry-needling/"))
    assert alternates(page) == {}
    assert "aún no está traducida" in page.select_one(".language-switcher").get_text()


def test_switcher_leads_to_the_same_page_in_the_other_language(client, puncion_seca):
    english = soup(client.get("/treatments/dry-needling/")).select_one(".language-switcher a")
    assert (english["href"], english["lang"], english.get_text()) == (
        "http://localhost/es/tratamientos/puncion-seca/",
        "es",
        "Español",
    )
    spanish = soup(client.get("/es/tratamientos/puncion-seca/")).select_one(".language-switcher a")
    assert (spanish["href"], spanish.get_text()) == ("http://localhost/treatments/dry-needling/", "English")


def test_switcher_says_in_spanish_when_a_page_is_not_translated(client, spanish_home, treatment_index):
    switcher = soup(client.get("/treatments/")).select_one(".language-switcher")
    assert switcher.a is None
    assert "aún no está traducida" in switcher.get_text()


def test_switcher_on_search_leads_to_the_search_in_the_other_language(client, spanish_home):
    # Without the query: words typed in English mean little to the Spanish search.
    link = soup(client.get("/search/", {"q": "needling"})).select_one(".language-switcher a")
    assert link["href"] == "http://localhost/es/search/"
    back = soup(client.get("/es/search/", {"q": "punción"})).select_one(".language-switcher a")
    assert back["href"] == "http://localhost/search/"


def test_switcher_on_a_missing_page_leads_to_the_other_home_page(client, spanish_home):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    link = BeautifulSoup(response.content, "html.parser").select_one(".language-switcher a")
    assert link["href"] == "http://localhost/es/"


def test_spanish_pages_link_the_spanish_chrome(client, puncion_seca, spanish_appointment_page):
    page = soup(client.get("/es/tratamientos/puncion-seca/"))
    assert page.select_one(".site-brand")["href"] == "/es/"
    assert page.select_one(".header-request")["href"] == "/es/pedir-una-cita/"


def test_sitemap_lists_both_languages(client, puncion_seca):
    body = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://localhost/treatments/dry-needling/</loc>" in body
    assert "<loc>http://localhost/es/tratamientos/puncion-seca/</loc>" in body
    assert "<loc>http://localhost/es/</loc>" in body


def test_the_page_cache_keeps_languages_apart(client, puncion_seca):
    page_cache.invalidate()
    assert client.get("/treatments/dry-needling/").get("X-Cache") == "MISS"
    # A Spanish-speaking browser still gets the English URL in English, from the cache, and /es/ in Spanish.
    cached = client.get("/treatments/dry-needling/", HTTP_ACCEPT_LANGUAGE="es")
    assert cached.get("X-Cache") == "HIT"
    assert soup(cached).html["lang"] == "en"
    assert soup(client.get("/es/tratamientos/puncion-seca/", HTTP_ACCEPT_LANGUAGE="en")).html["lang"] == "es"


def test_an_unknown_spanish_url_is_a_404(client, spanish_home):
    assert client.get("/es/no-existe/").status_code == 404
