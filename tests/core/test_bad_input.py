"""Regressions found by benchmarks/bad_input.py: hostile input gets an ordinary answer, never a 500."""

import pytest
from django.contrib.sessions.backends.base import VALID_KEY_CHARS
from django.utils.module_loading import import_module

from tests.twofactor import verified_login

FORGED_KEYS = ["aaaaaaaa\x00bbbbbbbb", "éééééééééééé", "ABCDEFGHIJKLMNOP", "a" * 41, "abc'; --x"]


@pytest.mark.parametrize("key", FORGED_KEYS)
def test_a_forged_session_cookie_is_no_session_and_never_reaches_the_database(
    db, settings, key, django_assert_num_queries
):
    store = import_module(settings.SESSION_ENGINE).SessionStore(key)
    with django_assert_num_queries(0):
        assert dict(store.items()) == {}
    assert store.session_key is None


def test_a_session_key_django_made_is_still_looked_up(db, settings):
    engine = import_module(settings.SESSION_ENGINE)
    store = engine.SessionStore()
    store["seen"] = True
    store.save()
    assert set(store.session_key) <= set(VALID_KEY_CHARS)
    assert engine.SessionStore(store.session_key).load() == {"seen": True}


def test_a_page_with_a_nul_byte_in_the_session_cookie_is_served(client, make_treatment):
    page = make_treatment("Dry needling")
    client.cookies["sessionid"] = "aaaaaaaa\x00bbbbbbbbbbbbbbbbbbbbbbbb"
    for url in ["/", page.url]:
        response = client.get(url)
        assert response.status_code == 200, url


def test_staff_stay_signed_in(client, staff):
    verified_login(client, staff["admin"])
    assert client.get("/admin/").status_code == 200
