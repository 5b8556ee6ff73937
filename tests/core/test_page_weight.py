"""A treatment page must load fast on a phone: HTML + CSS + JS under 60 kB compressed, before images."""

import gzip

import pytest
from bs4 import BeautifulSoup

from treatments.models import TreatmentPage

BUDGET = 60_000  # bytes, gzip-compressed


def served(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return b"".join(response.streaming_content) if response.streaming else response.content


def compressed_size(data):
    # Level 6 is what web servers use by default for dynamic responses; static files are
    # pre-compressed harder (level 9 by WhiteNoise), so this errs on the heavy side.
    return len(gzip.compress(data, compresslevel=6))


@pytest.fixture
def demo(demo_content, db):
    """The demo site (loaded once for the module; each test's changes are rolled back)."""


def page_weight(client, path):
    html = served(client, path)
    soup = BeautifulSoup(html, "html.parser")
    assets = [link["href"] for link in soup.find_all("link", rel="stylesheet")]
    assets += [script["src"] for script in soup.find_all("script", src=True)]
    sizes = {path: compressed_size(html)} | {url: compressed_size(served(client, url)) for url in assets}
    return sizes


def test_every_demo_treatment_page_is_under_60_kb_compressed(client, demo):
    weights = {}
    for page in TreatmentPage.objects.live():
        sizes = page_weight(client, page.url)
        assert any(url.endswith(".css") for url in sizes), "the stylesheet is counted"
        weights[page.url] = sum(sizes.values())
    heaviest = max(weights, key=weights.get)
    print(f"heaviest treatment page: {heaviest} {weights[heaviest]} bytes gzipped (HTML + CSS + JS)")
    assert weights[heaviest] < BUDGET, weights
