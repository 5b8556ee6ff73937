"""A Redis that accepts and never answers costs one timeout, not one per cache call (core/redis_cache.py)."""

import os
import threading
import time

import pytest
from django.core.cache import cache

from core import redis_cache
from tests.conftest import missing
from tests.hung_redis import HungServer, absent_redis, hung_redis, redis_cache_setting  # noqa: F401

TIMEOUT = 0.3  # the socket timeout in tests.hung_redis


def timed(call):
    started = time.monotonic()
    result = call()
    return result, time.monotonic() - started


@pytest.mark.usefixtures("hung_redis")
def test_after_one_timeout_the_cache_stops_asking_redis():
    _, first = timed(lambda: cache.get("a"))
    assert first >= TIMEOUT  # the first call waits for the timeout and opens the breaker
    calls = [
        lambda: cache.get("b"),
        lambda: cache.get_many(["c", "d"]),
        lambda: cache.set("e", 1),
        lambda: cache.add("f", 1),
        lambda: cache.has_key("g"),
        lambda: cache.delete("h"),
    ]
    _, rest = timed(lambda: [call() for call in calls * 5])
    assert rest < TIMEOUT  # thirty calls, none of them waited
    assert cache.get("b", "fallback") == "fallback"


@pytest.mark.usefixtures("hung_redis")
def test_counters_still_refuse_to_invent_a_value_but_fail_at_once():
    cache.get("a")  # opens the breaker
    started = time.monotonic()
    with pytest.raises(redis_cache.OUTAGE):
        cache.incr("count")
    with pytest.raises(redis_cache.OUTAGE):
        cache.decr("count")
    assert time.monotonic() - started < TIMEOUT


@pytest.mark.usefixtures("hung_redis")
def test_pages_answer_fast_while_redis_hangs(client, clinic_settings, make_treatment):
    cupping = make_treatment("Cupping Therapy")
    client.get(cupping.url)  # the first page pays for the timeout once
    for url in (cupping.url, "/treatments/", "/", cupping.url):
        response, seconds = timed(lambda url=url: client.get(url))
        assert response.status_code == 200
        assert seconds < 0.5 + TIMEOUT, url  # the README's promise: at most 0.5 s for an outage


def test_redis_is_tried_again_after_the_retry_period_and_recovers(settings):
    server = HungServer()
    settings.CACHES = redis_cache_setting(server.port)
    settings.REDIS_RETRY_SECONDS = 0.5
    redis_cache.breakers.clear()
    try:
        cache.get("a")
        breaker = cache.breaker
        assert breaker.reopen_at
        time.sleep(0.6)
        # One caller tries again (and waits the timeout); the breaker stays open after another failure.
        _, seconds = timed(lambda: cache.get("a"))
        assert seconds >= TIMEOUT and breaker.reopen_at
        # A success closes it.
        time.sleep(0.6)
        breaker.succeeded()
        assert not breaker.reopen_at
    finally:
        server.stop()
        redis_cache.breakers.clear()


@pytest.mark.usefixtures("hung_redis")
def test_the_breaker_is_shared_by_every_thread():
    cache.get("a")  # this thread's cache object opens it
    seconds = []
    thread = threading.Thread(target=lambda: seconds.append(timed(lambda: cache.get("b"))[1]))
    thread.start()
    thread.join()
    assert seconds[0] < TIMEOUT


@pytest.mark.parametrize("fixture", ["hung_redis", "absent_redis"])
def test_healthz_reports_redis_without_details_and_fast(fixture, request, client, db):
    request.getfixturevalue(fixture)
    for _ in range(3):
        response, seconds = timed(lambda: client.get("/healthz"))
        assert response.status_code == 200  # pages still render: the load balancer keeps the machine
        assert response.json() == {"status": "ok", "redis": "unavailable"}
        assert seconds < 0.5 + TIMEOUT


def test_healthz_says_nothing_about_redis_without_redis(client, db):
    assert client.get("/healthz").json() == {"status": "ok"}


def test_healthz_says_redis_ok_when_it_answers(settings, client, db):
    url = os.environ.get("TEST_REDIS_URL")
    if not url:
        missing("TEST_REDIS_URL is not set (e.g. redis://127.0.0.1:6379/15)")
    settings.CACHES = {"default": {"BACKEND": "core.redis_cache.ResilientRedisCache", "LOCATION": url}}
    redis_cache.breakers.clear()
    assert client.get("/healthz").json() == {"status": "ok", "redis": "ok"}
