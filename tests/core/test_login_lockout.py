"""Admin sign-in: repeated wrong passwords lock that account from that address for a while."""

import datetime

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command

from core.client_ip import client_ip

PASSWORD = "correct horse battery staple"  # tests/conftest.py make_staff


def sign_in(client, username, password, ip="203.0.113.5"):
    return client.post(
        "/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=ip, HTTP_USER_AGENT="test"
    )


@pytest.fixture(autouse=True)
def lockout_on(settings):
    settings.AXES_ENABLED = True  # off in the test settings for the rest of the suite


def is_signed_in(client):
    return "_auth_user_id" in client.session


@pytest.fixture
def editor(staff):
    return staff["editor"]


def lock_out(client, user):
    for _ in range(4):
        assert sign_in(client, user.username, "wrong password").status_code == 200  # the form again
    assert sign_in(client, user.username, "wrong password").status_code == 429  # the fifth locks
    assert not is_signed_in(client)


def test_five_wrong_passwords_lock_the_account_even_for_the_right_one(client, editor):
    lock_out(client, editor)
    response = sign_in(client, editor.username, PASSWORD)
    assert response.status_code == 429
    assert b"Sign-in temporarily blocked" in response.content
    assert b"30 minutes" in response.content
    assert not is_signed_in(client)


def test_the_lockout_does_not_reach_other_accounts_or_other_addresses(client, editor, staff):
    lock_out(client, editor)
    assert sign_in(client, staff["reviewer"].username, PASSWORD).status_code == 302
    client.logout()
    assert sign_in(client, editor.username, PASSWORD, ip="198.51.100.9").status_code == 302


def test_the_lock_lifts_after_the_cool_off(client, editor):
    lock_out(client, editor)
    AccessAttempt.objects.update(attempt_time=datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=31))
    assert sign_in(client, editor.username, PASSWORD).status_code == 302
    assert is_signed_in(client)


def test_an_administrator_can_unlock_with_axes_reset(client, editor):
    lock_out(client, editor)
    call_command("axes_reset_username", editor.username)
    assert sign_in(client, editor.username, PASSWORD).status_code == 302


def test_a_right_password_before_the_limit_clears_the_count(client, editor):
    for _ in range(4):
        sign_in(client, editor.username, "wrong password")
    assert sign_in(client, editor.username, PASSWORD).status_code == 302
    client.logout()
    for _ in range(4):
        sign_in(client, editor.username, "wrong password")
    assert sign_in(client, editor.username, PASSWORD).status_code == 302


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "192.0.2.1", "203.0.113.5"),  # no proxy configured: the header is the client's own claim
        (1, "192.0.2.1", "192.0.2.1"),
        (1, "10.6.6.6, 192.0.2.1", "192.0.2.1"),  # a forged first entry is ignored
        (2, "192.0.2.1, 198.51.100.2", "192.0.2.1"),
        (1, "not-an-address", "203.0.113.5"),
        (1, "", "203.0.113.5"),
    ],
)
def test_client_address_behind_the_proxy(rf, settings, proxies, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = rf.get("/", REMOTE_ADDR="203.0.113.5", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected
