"""A Redis outage makes pages slower, never broken: they are rendered uncached."""

import socket

import pytest


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # free once the socket closes: nothing listens there


@pytest.fixture
def redis_down(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "core.redis_cache.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }


def test_pages_render_while_redis_is_down(redis_down, client, clinic_settings, make_treatment):
    cupping = make_treatment("Cupping Therapy")
    for _ in (1, 2):
        response = client.get(cupping.url)
        assert response.status_code == 200
        assert "Cupping Therapy" in response.content.decode()
        assert response.get("X-Cache") != "HIT"
    assert client.get("/treatments/").status_code == 200
