"""The production cache on a real Redis: pages are cached there, a publish reaches every process.

Needs a Redis server named by TEST_REDIS_URL (.ci/run sets it). Locally, without one, these tests
are skipped with that reason; under CI=true a missing Redis is a failure.
"""

import os
import uuid

import pytest
from django.core.cache import cache
from django.test import Client

from core import page_cache, visibility
from tests.conftest import missing


@pytest.fixture
def redis_cache(settings):
    url = os.environ.get("TEST_REDIS_URL")
    if not url:
        missing("TEST_REDIS_URL is not set (e.g. redis://127.0.0.1:6379/15)")
    settings.CACHES = {
        "default": {
            "BACKEND": "core.redis_cache.ResilientRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": f"clinic-test-{uuid.uuid4().hex[:8]}",  # this run's keys only
        }
    }
    page_cache.local_copies.clear()
    yield cache
    cache.delete_many([page_cache.GENERATION_KEY, visibility.RESTRICTED_KEY])
    page_cache.local_copies.clear()


def test_the_cache_round_trips_values_and_counts(redis_cache):
    redis_cache.set("greeting", {"text": "hello"}, 30)
    assert redis_cache.get("greeting") == {"text": "hello"}
    redis_cache.set("count", 1, 30)
    assert redis_cache.incr("count") == 2
    redis_cache.delete_many(["greeting", "count"])
    assert redis_cache.get("greeting") is None


def test_a_page_is_cached_in_redis_and_a_publish_reaches_other_processes(redis_cache, make_treatment):
    cupping = make_treatment("Cupping Therapy", summary="Cupping uses gentle suction.")
    visitor = Client()
    assert visitor.get(cupping.url)["X-Cache"] == "MISS"
    page_cache.local_copies.clear()  # as another gunicorn process: only Redis has the page
    assert visitor.get(cupping.url)["X-Cache"] == "HIT"

    cupping.summary = "Cupping, revised."
    cupping.save_revision().publish()
    response = visitor.get(cupping.url)
    assert response["X-Cache"] == "MISS"
    assert "Cupping, revised." in response.content.decode()
