"""Too many requests from one client: a 429 page in the site's design, the details kept, the phone shown."""

import pytest
from django.core.cache.backends.base import BaseCache
from django.test import RequestFactory
from wagtail.contrib.forms.models import FormSubmission

from appointments.ratelimit import client_address
from tests.appointment_form import REQUEST, send, shown_form


@pytest.fixture
def limit_of_two(settings):
    settings.APPOINTMENT_RATE_LIMIT = 2
    settings.APPOINTMENT_RATE_LIMIT_MINUTES = 10


def test_a_client_over_the_limit_gets_a_friendly_429_with_everything_kept(
    client, appointment_page, clinic_settings, limit_of_two
):
    for _ in range(2):
        assert "Your request has been sent" in send(client, appointment_page, REQUEST).content.decode()

    response = send(client, appointment_page, REQUEST)

    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 600
    html = response.content.decode()
    assert "Please wait a few minutes" in html
    assert "You have sent several requests in a short time" in html
    assert 'href="tel:' in html and "(303) 555-0142" in html
    assert 'value="Pat Example"' in html and 'value="pat@example.com"' in html
    assert 'class="site-header"' in html  # the site's own page, not a bare error
    assert FormSubmission.objects.count() == 2


def test_the_limit_is_per_client_address(client, appointment_page, limit_of_two):
    for _ in range(2):
        send(client, appointment_page, REQUEST, REMOTE_ADDR="192.0.2.1")
    assert send(client, appointment_page, REQUEST, REMOTE_ADDR="192.0.2.1").status_code == 429
    assert send(client, appointment_page, REQUEST, REMOTE_ADDR="192.0.2.2").status_code == 200
    assert FormSubmission.objects.count() == 3


def test_mistakes_and_double_clicks_do_not_use_up_the_limit(client, appointment_page, limit_of_two):
    for _ in range(3):
        response = send(client, appointment_page, {**REQUEST, "phone": ""})  # a required field left empty
        assert response.status_code == 200 and "Please correct the highlighted fields" in response.content.decode()
    send(client, appointment_page, REQUEST)
    # The same form sent three more times is one request.
    shown = {**shown_form(client, appointment_page), **REQUEST}
    for _ in range(3):
        assert client.post(appointment_page.url, shown).status_code == 200
    assert FormSubmission.objects.count() == 2


def test_x_forwarded_for_is_ignored_unless_proxies_are_trusted(appointment_page, limit_of_two, settings, client):
    settings.TRUSTED_PROXY_COUNT = 0
    # A client changing the header on every request is still one client.
    for n in range(2):
        send(client, appointment_page, REQUEST, HTTP_X_FORWARDED_FOR=f"198.51.100.{n}")
    assert send(client, appointment_page, REQUEST, HTTP_X_FORWARDED_FOR="198.51.100.9").status_code == 429


@pytest.mark.parametrize(
    "proxies, remote, forwarded, expected",
    [
        (0, "192.0.2.7", "203.0.113.5", "192.0.2.7"),
        (1, "10.0.0.2", "203.0.113.5", "203.0.113.5"),
        # Entries the client added itself come before the trusted proxies' and are not believed.
        (1, "10.0.0.2", "1.2.3.4, 203.0.113.5", "203.0.113.5"),
        (2, "10.0.0.2", "1.2.3.4, 203.0.113.5, 10.0.0.9", "203.0.113.5"),
        (1, "10.0.0.2", "", "10.0.0.2"),
        (1, "10.0.0.2", "not-an-address", "10.0.0.2"),  # garbage from the proxy: its own address
        (0, "2001:db8:1:2:3:4:5:6", "", "2001:db8:1:2::"),
    ],
)
def test_client_address(settings, proxies, remote, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = RequestFactory().post("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)
    assert client_address(request) == expected


class DownCache(BaseCache):
    """A cache server that cannot be reached, as Redis's client reports it."""

    def __init__(self, location, params):
        super().__init__(params)

    def add(self, *args, **kwargs):
        raise ConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    get = incr = add


def test_a_cache_that_is_down_does_not_lose_requests(client, appointment_page, limit_of_two, settings):
    settings.CACHES = {
        **settings.CACHES,
        "unreachable": {"BACKEND": "tests.appointments.test_appointment_rate_limit.DownCache"},
    }
    settings.APPOINTMENT_RATE_LIMIT_CACHE = "unreachable"
    for _ in range(3):
        assert send(client, appointment_page, REQUEST).status_code == 200
    assert FormSubmission.objects.count() == 3
