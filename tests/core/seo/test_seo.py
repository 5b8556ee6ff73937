"""What search engines and link previews read: titles, descriptions, canonical URLs, Open Graph,
JSON-LD, sitemap.xml, robots.txt and the error pages."""

import re
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.test import RequestFactory
from django.utils import timezone
from django.views.defaults import server_error
from PIL import Image
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from core.seo import DEFAULT_SOCIAL_IMAGE
from tests.core.seo.conftest import BASE, PAGES, get_soup, json_ld, meta


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
    assert {"Disallow: /es/search/?", "Disallow: /es/search/suggest/"} <= set(lines)  # the Spanish search
    assert "Disallow: /search/" not in lines
    assert "Disallow: /es/search/" not in lines
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
