"""Production static files: hashed names, compressed, cached by browsers for a year or more."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.http import HttpResponse
from django.templatetags.static import static
from django.test import RequestFactory
from whitenoise.middleware import WhiteNoiseMiddleware

ONE_YEAR = 365 * 24 * 60 * 60
ROOT = Path(__file__).resolve().parents[2]


def production_storage_backend():
    """The static files storage production.py configures (read in a child process: it needs a real key)."""
    code = "import clinic_site.settings.production as s; print(s.STORAGES['staticfiles']['BACKEND'])"
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, "SECRET_KEY": "k" * 64},
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


@pytest.fixture
def production_static(settings, tmp_path):
    """collectstatic with the production storage (clinic_site/settings/production.py), our files only."""
    settings.STORAGES = {**settings.STORAGES, "staticfiles": {"BACKEND": production_storage_backend()}}
    settings.STATIC_ROOT = tmp_path
    # Only the project's own files: Wagtail's admin assets would make this test slow, not better.
    settings.STATICFILES_FINDERS = ["django.contrib.staticfiles.finders.FileSystemFinder"]
    settings.WHITENOISE_USE_FINDERS = False
    settings.WHITENOISE_AUTOREFRESH = False
    call_command("collectstatic", interactive=False, verbosity=0)
    return WhiteNoiseMiddleware(get_response=lambda request: HttpResponse(status=404))


def fetch(middleware, url):
    return middleware(RequestFactory().get(url, HTTP_ACCEPT_ENCODING="gzip"))


@pytest.mark.parametrize("name", ["css/site.css", "js/open-now.js"])
def test_css_and_js_get_hashed_names_compression_and_a_year_of_caching(production_static, name):
    url = static(name)
    stem, ext = name.rsplit(".", 1)
    assert re.fullmatch(rf"/static/{stem}\.[0-9a-f]{{12}}\.{ext}", url), url
    response = fetch(production_static, url)
    assert response.status_code == 200
    cache_control = response["Cache-Control"]
    assert int(re.search(r"max-age=(\d+)", cache_control).group(1)) >= ONE_YEAR
    assert "immutable" in cache_control and "public" in cache_control
    assert response["Content-Encoding"] == "gzip"


def test_unhashed_names_are_cached_only_briefly(production_static):
    # 500.html links /static/css/site.css by its plain name (it must render even if the manifest is
    # broken); that copy may change with any deploy, so browsers must not keep it for long.
    response = fetch(production_static, "/static/css/site.css")
    assert response.status_code == 200
    assert int(re.search(r"max-age=(\d+)", response["Cache-Control"]).group(1)) <= 300


def test_pages_link_the_hashed_files(production_static, client, clinic_with_hours):
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    css = soup.find("link", rel="stylesheet")["href"]
    scripts = soup.find_all("script", src=True)
    assert re.fullmatch(r"/static/css/site\.[0-9a-f]{12}\.css", css)
    assert sorted(re.sub(r"\.[0-9a-f]{12}\.js$", ".js", s["src"]) for s in scripts) == [
        "/static/js/header.js",
        "/static/js/live-search.js",
        "/static/js/open-now.js",
    ]
    assert all(re.fullmatch(r"/static/js/[a-z-]+\.[0-9a-f]{12}\.js", s["src"]) for s in scripts)
    assert all(s.has_attr("defer") for s in scripts)
    # The preloaded fonts are the hashed files the hashed stylesheet names, or the browser fetches twice.
    fonts = [link["href"] for link in soup.find_all("link", rel="preload")]
    assert fonts and all(re.fullmatch(r"/static/fonts/[a-z0-9-]+\.[0-9a-f]{12}\.woff2", href) for href in fonts)
    stylesheet = b"".join(production_static(RequestFactory().get(css)).streaming_content).decode()
    assert all(href.rsplit("/", 1)[1] in stylesheet for href in fonts)


def test_no_merge_conflict_marker_is_left_in_the_stylesheets_or_scripts():
    """A stray ``=======`` line is a CSS syntax error: browsers drop the rule after it (it hid the print styles)."""
    root = Path(__file__).resolve().parents[2]
    marker = re.compile(r"^(<{7}|={7}|>{7})( |$)", re.MULTILINE)
    for path in [*root.glob("*/static/**/*.css"), *root.glob("*/static/**/*.js")]:
        assert not marker.search(path.read_text(encoding="utf-8")), path
