"""The site knows its own address: the default Site, and so canonical links, og:url, JSON-LD and the
sitemap, name where the site is served, never Wagtail's starter localhost:80."""

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.core.management.base import SystemCheckError
from wagtail.models import Site

from core.apps import apply_roles_after_migrate
from core.site_address import parse_site_url

GOOD = [
    ("http://127.0.0.1:8102", ("127.0.0.1", 8102)),
    ("http://0.0.0.0:8080", ("localhost", 8080)),
    ("https://clinic.example", ("clinic.example", 443)),
    ("https://clinic.example:443/", ("clinic.example", 443)),
    ("http://clinic.example", ("clinic.example", 80)),
    ("http://[::1]:8000", ("::1", 8000)),
]
BAD = [
    "clinic.example",
    "ftp://clinic.example",
    "https://clinic.example:8443",
    "http://clinic.example:443",
    "https://clinic.example/clinic/",
    "http://:80",
    "http://clinic.example:99999",
    "",
]


@pytest.mark.parametrize("url,expected", GOOD)
def test_addresses_become_hostname_and_port(url, expected):
    assert parse_site_url(url) == expected


@pytest.mark.parametrize("url", BAD)
def test_addresses_wagtail_cannot_express_are_refused_with_a_reason(url):
    with pytest.raises(ValidationError):
        parse_site_url(url)


def test_make_run_gives_the_site_the_address_it_serves_on(client, home_page):
    call_command("set_site_address", "http://127.0.0.1:8102")
    assert Site.objects.get(is_default_site=True).root_url == "http://127.0.0.1:8102"
    home_page.save_revision().publish()
    sitemap = client.get("/sitemap.xml", HTTP_HOST="127.0.0.1:8102").content.decode()
    assert "<loc>http://127.0.0.1:8102/</loc>" in sitemap
    assert "http://localhost/" not in sitemap
    page = client.get("/", HTTP_HOST="127.0.0.1:8102").content.decode()
    assert 'rel="canonical" href="http://127.0.0.1:8102/"' in page
    assert "http://localhost/" not in page


def test_a_bad_address_is_a_clear_command_error(home_page):
    with pytest.raises(CommandError, match="with no path"):
        call_command("set_site_address", "https://clinic.example/home")
    with pytest.raises(CommandError, match="SITE_URL"):
        call_command("set_site_address")


def test_production_takes_site_url_after_every_migrate(home_page, settings):
    settings.SITE_URL = "https://clinic.example"
    apply_roles_after_migrate(sender=None)
    assert Site.objects.get(is_default_site=True).root_url == "https://clinic.example"


@pytest.mark.parametrize("hostname", ["localhost", "127.0.0.1"])
def test_deploy_check_refuses_a_local_default_site(home_page, hostname):
    Site.objects.filter(is_default_site=True).update(hostname=hostname)
    with pytest.raises(SystemCheckError, match="core.E001"):
        call_command("check", deploy=True, fail_level="ERROR")


def test_deploy_check_accepts_a_public_default_site(home_page):
    call_command("set_site_address", "https://clinic.example")
    call_command("check", deploy=True, fail_level="ERROR", tags=["security"])


def test_the_check_runs_only_for_deploy(home_page):
    call_command("check", fail_level="ERROR")
