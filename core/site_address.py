"""The address the site really answers on, given to Wagtail's default Site.

Canonical links, og:url, JSON-LD and /sitemap.xml are built from the Site's hostname and port (Wagtail's
``Site.root_url``). Wagtail's first migration creates it as localhost:80, which is right nowhere:
``make run`` sets it to where runserver listens (``manage.py set_site_address``), production to
``SITE_URL`` after every migrate (core.apps), and ``check --deploy`` refuses a local address.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks
from django.core.exceptions import ValidationError
from django.db import DatabaseError

LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "0.0.0.0", "::"}  # noqa: S104 (names, not a bind address)
DEFAULT_PORTS = {"http": 80, "https": 443}


def parse_site_url(url):
    """``https://clinic.example`` → ("clinic.example", 443). Wagtail can only say https on port 443."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as error:
        raise ValidationError(f"{url!r} is not a URL: {error}") from None
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ValidationError(f"{url!r} must be a full address such as https://clinic.example")
    if parts.path.strip("/") or parts.query or parts.fragment:
        raise ValidationError(f"{url!r} must be the site's root address, with no path")
    port = port or DEFAULT_PORTS[parts.scheme]
    if (parts.scheme == "https") != (port == 443):
        raise ValidationError(f"{url!r}: Wagtail builds https links only on port 443 and http on any other")
    hostname = parts.hostname
    # Listening on every interface (make run HOST=0.0.0.0) says nothing about the name people use.
    if hostname in ("0.0.0.0", "::"):  # noqa: S104
        hostname = "localhost"
    return hostname, port


def set_default_site_address(url):
    """Give the default Site the hostname and port of ``url``; return the Site (None if there is none)."""
    from wagtail.models import Site

    hostname, port = parse_site_url(url)
    site = Site.objects.filter(is_default_site=True).first()
    if site is not None and (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save()
    return site


@checks.register(checks.Tags.security, deploy=True)
def check_default_site_address(app_configs=None, **kwargs):
    from wagtail.models import Site

    try:
        site = Site.objects.filter(is_default_site=True).first()
    except DatabaseError:  # not migrated yet: nothing to say about it
        return []
    if site is None or site.hostname not in LOCAL_HOSTS:
        return []
    return [
        checks.Error(
            f"The default Site is {site.hostname}:{site.port}, so canonical links, og:url, JSON-LD and "
            "/sitemap.xml point at a local address.",
            hint="Set SITE_URL to the public address (e.g. https://clinic.example) and run manage.py migrate, "
            "or manage.py set_site_address https://clinic.example.",
            id="core.E001",
        )
    ]


def apply_site_url_setting():
    """After migrate: SITE_URL, when set, is the default Site's address."""
    if getattr(settings, "SITE_URL", ""):
        set_default_site_address(settings.SITE_URL)
