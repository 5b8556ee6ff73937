"""What search engines and link previews read: titles, descriptions, canonical URLs, Open Graph,
JSON-LD, sitemap.xml, robots.txt and the error pages."""

import datetime
import json
import re
from decimal import Decimal
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.test import RequestFactory
from django.utils import timezone
from django.views.defaults import server_error
from PIL import Image
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from core.seo import DEFAULT_SOCIAL_IMAGE
from home.models import ContentPage
from tests.conftest import core_body

BASE = "http://localhost"
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


def test_titles_and_descriptions_fall_back_to_what_each_page_already_says(client, site):
    treatment = get_soup(client, "/treatments/dry-needling/")
    assert treatment.title.string == "Dry Needling | Westminster Wellness Clinic"
    assert meta(treatment, "description") == "Dry Needling explained in plain language."
    assert meta(get_soup(client, "/about/"), "description") == "Who we are and how we work."
    # The appointment page has no summary field: its intro stands in, as plain text.
    assert meta(get_soup(client, "/request-an-appointment/"), "description") == "We reply within one business day."
    # The home page without a search description: the hero text, else the clinic's tagline.
    assert meta(get_soup(client, "/"), "description") == "Physical therapy and massage in Westminster"


def test_promote_tab_title_and_description_win(client, site):
    needling = site["needling"]
    needling.seo_title = "Dry needling for muscle pain in Westminster, CO"
    needling.search_description = "Trigger point dry needling by licensed physical therapists."
    needling.save_revision().publish()
    soup = get_soup(client, "/treatments/dry-needling/")
    assert soup.title.string == "Dry needling for muscle pain in Westminster, CO | Westminster Wellness Clinic"
    assert meta(soup, "description") == "Trigger point dry needling by licensed physical therapists."
    assert meta(soup, "og:title") == "Dry needling for muscle pain in Westminster, CO"
    assert meta(soup, "twitter:description") == "Trigger point dry needling by licensed physical therapists."


def test_rich_text_descriptions_are_plain_text_with_entities_decoded_once(client, site):
    home = site["home"]
    home.hero_text = "<p>Physical therapy &amp; massage,</p><p>under one roof.</p>"
    home.save_revision().publish()
    html = client.get("/").content.decode()
    assert '<meta name="description" content="Physical therapy &amp; massage, under one roof.">' in html


# Canonical URL and link previews


PAGES = ["/", "/treatments/", "/treatments/dry-needling/", "/about/", "/request-an-appointment/"]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_has_canonical_url_open_graph_and_twitter_tags(client, site, path):
    soup = get_soup(client, path)
    canonical = soup.find("link", rel="canonical")["href"]
    assert canonical == BASE + path
    assert meta(soup, "og:url") == canonical
    assert meta(soup, "og:title") and meta(soup, "twitter:title") == meta(soup, "og:title")
    assert meta(soup, "og:description") == meta(soup, "description")
    assert meta(soup, "og:site_name") == "Westminster Wellness Clinic"
    assert meta(soup, "og:type") == ("website" if path == "/" else "article")
    assert meta(soup, "twitter:card") == "summary_large_image"
    assert meta(soup, "og:image").startswith(BASE + "/")
    assert meta(soup, "twitter:image") == meta(soup, "og:image")


def test_default_preview_image_is_a_small_png_of_the_size_previews_use(client, site):
    soup = get_soup(client, "/treatments/dry-needling/")
    assert meta(soup, "og:image") == f"{BASE}/static/{DEFAULT_SOCIAL_IMAGE}"
    assert (meta(soup, "og:image:width"), meta(soup, "og:image:height")) == ("1200", "630")
    path = finders.find(DEFAULT_SOCIAL_IMAGE)
    with Image.open(path) as png:
        assert (png.format, png.size) == ("PNG", (1200, 630))
    assert len(open(path, "rb").read()) < 60_000  # noqa: SIM115


def test_hero_image_then_clinic_image_are_the_preview_image(client, site, image, clinic_with_hours):
    clinic_with_hours.social_image = image
    clinic_with_hours.save()
    soup = get_soup(client, "/about/")
    assert re.fullmatch(rf"{BASE}/media/images/.+\.fill-1200x630.*\.jpg", meta(soup, "og:image"))
    assert meta(soup, "og:image:alt") == "A clinician treating a runner's calf"  # never the file's title

    needling = site["needling"]
    needling.hero_image = get_image_model().objects.create(title="Hero", file=get_test_image_file(size=(1400, 800)))
    needling.save_revision().publish()
    soup = get_soup(client, "/treatments/dry-needling/")
    assert needling.hero_image.renditions.filter(filter_spec__startswith="fill-1200x630").exists()
    assert (meta(soup, "og:image:width"), meta(soup, "og:image:height")) == ("1200", "630")
    assert meta(soup, "og:image:alt") is None  # the hero image has no description


def test_a_hero_image_whose_file_is_missing_falls_back_to_the_default_preview(client, site, caplog):
    # Common after copying a production database without its media files: the page must still work.
    cache.clear()  # Wagtail caches renditions by image id, and ids are reused after each test's rollback
    needling = site["needling"]
    needling.hero_image = get_image_model().objects.create(title="Hero", file=get_test_image_file(size=(1400, 800)))
    needling.save_revision().publish()
    needling.hero_image.file.storage.delete(needling.hero_image.file.name)
    soup = get_soup(client, "/treatments/dry-needling/")
    assert meta(soup, "og:image") == f"{BASE}/static/{DEFAULT_SOCIAL_IMAGE}"
    assert "has no source file" in caplog.text


# JSON-LD


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


def test_sitemap_lists_live_pages_with_their_last_publication_date(client, site, make_treatment):
    make_treatment("Cupping Therapy", live=False)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    urls = {
        url.find("s:loc", ns).text: url.find("s:lastmod", ns).text
        # Our own response, not untrusted input.
        for url in ElementTree.fromstring(response.content).findall("s:url", ns)  # noqa: S314
    }
    needling = site["needling"]
    # Django writes the date in the site's time zone.
    assert urls[BASE + "/treatments/dry-needling/"] == timezone.localdate(needling.last_published_at).isoformat()
    assert {BASE + "/", BASE + "/treatments/", BASE + "/about/", BASE + "/request-an-appointment/"} <= set(urls)
    assert BASE + "/treatments/cupping-therapy/" not in urls
    assert all(lastmod for lastmod in urls.values())


def test_robots_txt_names_the_sitemap_and_keeps_crawlers_out_of_admin_and_search(client, site):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    # Rules are prefixes (RFC 9309): "/search/?" keeps out every result page but not the start page.
    assert {"Disallow: /admin/", "Disallow: /search/?", "Disallow: /search/suggest/"} <= set(lines)
    assert "Disallow: /search/" not in lines
    assert "Allow" not in response.content.decode().replace("Disallow", "")
    assert client.head("/robots.txt").status_code == 200  # crawlers and monitors may ask with HEAD


def test_search_results_are_not_indexed_but_described(client, site):
    soup = get_soup(client, "/search/?q=needling")
    assert meta(soup, "robots") == "noindex"
    assert meta(soup, "description")
    assert soup.find("link", rel="canonical") is None


def test_the_search_start_page_is_indexable_and_offers_a_way_in(client, site):
    soup = get_soup(client, "/search/")
    assert meta(soup, "robots") is None
    assert meta(soup, "description")
    assert [h.get_text() for h in soup.find_all(["h1", "h2"])][:2] == ["Search", "Popular treatments"]
    links = [a["href"] for a in soup.select(".popular-treatments a")]
    assert "/treatments/dry-needling/" in links
    assert soup.find("a", string="Browse all treatments")["href"] == "/treatments/"


def test_404_page_is_a_real_404_with_help_and_noindex(client, site):
    soup = get_soup(client, "/no-such-page/", status=404)
    assert meta(soup, "robots") == "noindex"
    assert soup.find("h1").get_text(strip=True) == "Page not found"
    assert soup.find("form", attrs={"role": "search"}) is not None
    assert soup.find("a", href="tel:+13035550142") is not None
    assert not json_ld(soup)


def test_500_page_renders_without_the_database_or_context_processors(django_assert_num_queries, db):
    request = RequestFactory().get("/anything/")
    with django_assert_num_queries(0):
        response = server_error(request)
    assert response.status_code == 500
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "en"
    assert soup.find("h1").get_text(strip=True) == "Sorry, something went wrong"
    assert meta(soup, "robots") == "noindex"
    assert soup.find("main", id="main") is not None
    assert "911" in soup.get_text()
