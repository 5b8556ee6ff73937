"""The trust pages: each answers, says what its type promises, and is in the footer, the sitemap and search."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from core import page_cache
from home.models import HomePage
from trust.models import TRUST_PAGE_TYPES, InsurancePage, Insurer, LanguageTagline


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_every_trust_page_answers_with_its_title_and_summary(client, trust_pages):
    for page in trust_pages:
        html = soup(client.get(page.url))
        assert html.find("h1").get_text(strip=True) == page.title
        assert page.summary in html.find("main").get_text(" ", strip=True)


def test_the_footer_links_to_the_trust_pages_in_a_fixed_order(client, trust_pages):
    footer = soup(client.get("/")).find("footer")
    nav = footer.find("nav", attrs={"aria-labelledby": "footer-info-heading"})
    assert [a.get_text(strip=True) for a in nav.find_all("a")] == [page.title for page in trust_pages]
    assert [a["href"] for a in nav.find_all("a")] == [page.url for page in trust_pages]


def test_an_unpublished_trust_page_is_not_in_the_footer(client, trust_pages):
    insurance = trust_pages[1]
    insurance.unpublish()
    page_cache.invalidate()
    footer = soup(client.get("/")).find("footer")
    assert "Insurance and payment" not in footer.get_text()
    assert "Your first visit" in footer.get_text()


def test_trust_pages_are_in_the_sitemap(client, trust_pages):
    sitemap = client.get("/sitemap.xml").content.decode()
    for page in trust_pages:
        assert f"<loc>http://localhost{page.url}</loc>" in sitemap


def test_one_of_each_trust_page_only_under_the_home_page(trust_pages):
    for model in TRUST_PAGE_TYPES:
        assert model.max_count == 1
        assert model.parent_page_types == ["home.HomePage"]
        assert model in HomePage.allowed_subpage_models()
        assert not model.can_create_at(trust_pages[0].get_parent())  # one exists already


def test_first_visit_page_says_what_to_bring_how_long_and_what_to_wear(client, trust_pages):
    main = soup(client.get("/your-first-visit/")).find("main")
    headings = [h2.get_text(strip=True) for h2 in main.find_all("h2")]
    assert headings[:3] == ["What to bring", "How long it takes", "What to wear"]
    assert "Your insurance card" in main.get_text()
    assert all(svg["aria-hidden"] == "true" for svg in main.find_all("svg"))


def test_insurance_page_lists_the_insurers_editors_manage(client, trust_pages):
    insurance = InsurancePage.objects.get()
    insurance.insurers = [Insurer(name="Cigna"), Insurer(name="TRICARE", note="Prime and Select")]
    insurance.save_revision().publish()
    items = soup(client.get("/insurance-and-payment/")).select("ul.insurers li")
    assert [li.get_text(" ", strip=True) for li in items] == ["Cigna", "TRICARE (Prime and Select)"]


def test_insurance_page_is_what_search_finds_for_insurance(client, trust_pages):
    data = client.get("/search/", {"q": "do you take insurance", "format": "json"}).json()
    assert data["results"][0]["title"] == "Insurance and payment"


def test_search_documents_carry_each_trust_field(trust_pages):
    first_visit, insurance, privacy, accessibility, nondiscrimination = (page.specific for page in trust_pages)
    assert "About an hour." in first_visit.search_document_fields()["body"]
    assert {"Aetna", "Medicare", "First visit $140."} <= set(insurance.search_document_fields()["body"])
    assert "See your record." in privacy.search_document_fields()["body"]
    assert "Tell us what was hard to use." in accessibility.search_document_fields()["body"]
    assert nondiscrimination.search_document_fields()["summary"] == ["We treat everyone fairly."]


def test_privacy_notice_shows_its_effective_date(client, trust_pages):
    header = soup(client.get("/notice-of-privacy-practices/")).find("main").find("header")
    assert header.find("time")["datetime"] == "2026-01-01"


def test_accessibility_statement_names_the_standard_and_how_to_report_a_barrier(client, trust_pages):
    main = soup(client.get("/accessibility/")).find("main")
    text = main.get_text(" ", strip=True)
    assert "This website aims to meet WCAG 2.2 level AA." in text
    report = main.find(id="report-heading").parent
    assert report.find("a", href="tel:+13035550142") and report.find("a", href="mailto:hello@example.com")


def test_language_taglines_are_marked_with_their_language(client, trust_pages):
    items = soup(client.get("/nondiscrimination-notice/")).select("ul.taglines li")
    assert [(li["lang"], li["dir"]) for li in items] == [("es", "auto"), ("ar", "auto")]
    assert items[0].get_text(" ", strip=True).startswith("Español: ATENCIÓN")


@pytest.mark.parametrize("code", ["es", "zh-Hant", "pt-BR"])
def test_a_language_code_is_accepted(code):
    LanguageTagline(language="x", language_code=code, text="x").full_clean(exclude=["page"])


@pytest.mark.parametrize("code", ["Spanish", "e", "es_MX", '"><script>'])
def test_a_malformed_language_code_is_refused(code):
    with pytest.raises(ValidationError) as error:
        LanguageTagline(language="x", language_code=code, text="x").full_clean(exclude=["page"])
    assert "language_code" in error.value.message_dict


@pytest.mark.parametrize(
    "path",
    [
        "/your-first-visit/",
        "/insurance-and-payment/",
        "/notice-of-privacy-practices/",
        "/accessibility/",
        "/nondiscrimination-notice/",
    ],
)
def test_an_uncached_trust_page_takes_at_most_ten_queries(client, trust_pages, django_assert_max_num_queries, path):
    assert client.get(path).status_code == 200  # warm Wagtail's per-process lookups
    page_cache.invalidate()
    with django_assert_max_num_queries(10):
        assert client.get(path).status_code == 200
