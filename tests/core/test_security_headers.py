"""Security headers: a strict policy on public pages, the looser one Wagtail needs only in the admin."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.twofactor import verified_login

ROOT = Path(__file__).resolve().parents[2]


def policy(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


@pytest.fixture
def public_urls(clinic_with_hours, make_treatment, appointment_page):
    treatment = make_treatment("Dry needling")
    return ["/", "/treatments/", treatment.url, appointment_page.url, "/search/?q=needling", "/no-such-page/"]


def test_public_pages_send_a_strict_content_security_policy(client, public_urls):
    for url in public_urls:
        response = client.get(url)
        csp = policy(response)
        assert csp["default-src"] == ["'none'"], url
        assert csp["script-src"] == ["'self'"], url
        assert csp["style-src"] == ["'self'"], url
        assert csp["connect-src"] == ["'self'"], url  # live search
        assert csp["img-src"] == ["'self'"], url
        assert csp["form-action"] == ["'self'"], url
        assert csp["frame-ancestors"] == ["'none'"], url
        assert csp["base-uri"] == ["'none'"], url
        assert "unsafe" not in response["Content-Security-Policy"], url


def test_public_pages_keep_to_their_policy(client, public_urls):
    """No inline script, inline style or event handler that the strict policy would block."""
    for url in public_urls:
        soup = BeautifulSoup(client.get(url).content, "html.parser")
        for script in soup.find_all("script"):
            if script.get("type") == "application/ld+json":
                continue  # data, never executed
            assert script.get("src", "").startswith("/static/"), (url, str(script)[:120])
        assert not soup.find_all("style"), url
        assert not soup.find_all(style=True), url
        for tag in soup.find_all(True):
            assert not [attr for attr in tag.attrs if attr.startswith("on")], (url, tag.name)


def test_public_pages_send_the_other_security_headers(client, public_urls):
    for url in public_urls:
        response = client.get(url)
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
        assert response["Cross-Origin-Opener-Policy"] == "same-origin"
        assert response["Cross-Origin-Resource-Policy"] == "same-origin"
        assert response["X-Frame-Options"] == "DENY"
        permissions = dict(item.strip().split("=") for item in response["Permissions-Policy"].split(","))
        for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
            assert permissions[feature] == "()", feature


def test_editors_get_the_strict_policy_on_public_pages_too(client, staff, public_urls):
    client.force_login(staff["editor"])
    response = client.get("/")
    assert b"wagtail-userbar" in response.content
    assert policy(response)["default-src"] == ["'none'"]


def test_the_admin_gets_its_own_policy(client, db):
    response = client.get("/admin/login/")
    csp = policy(response)
    assert csp["default-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'self'"]  # the page preview is a same-origin iframe
    assert csp["object-src"] == ["'none'"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_a_page_preview_can_be_framed_by_the_admin(client, staff, make_treatment):
    treatment = make_treatment("Cupping")
    verified_login(client, staff["admin"])
    response = client.get(f"/admin/pages/{treatment.pk}/view_draft/")
    assert response.status_code == 200
    assert b"Cupping" in response.content
    # Wagtail renders the preview through the middleware as a request for the page's own URL; it must
    # still get the admin policy, or the editor's preview panel stays blank.
    assert policy(response)["frame-ancestors"] == ["'self'"]
    assert policy(response)["default-src"] == ["'self'"]


def test_production_sends_hsts_for_a_year_with_subdomains_and_preload():
    code = (
        "import clinic_site.settings.production as s; "
        "print(s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_HSTS_PRELOAD, s.SECURE_SSL_REDIRECT,"
        " s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_PROXY_SSL_HEADER)"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SECURE_", "DATABASE_URL"))}
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**env, "SECRET_KEY": "k" * 64},
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.split(" ", 6) == [
        "31536000",
        "True",
        "True",
        "True",
        "True",
        "True",
        "('HTTP_X_FORWARDED_PROTO', 'https')\n",
    ]


def test_hsts_reaches_a_request_forwarded_as_https(client, settings, clinic_with_hours):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    response = client.get("/", HTTP_X_FORWARDED_PROTO="https")
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
