"""A fake Redis that accepts connections and never answers (the outage the review saw), and a closed port."""

import socket
import threading

import pytest

from core import redis_cache


class HungServer:
    """Listens and accepts, then reads nothing and writes nothing until stopped."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.held = []
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self.accept_forever, daemon=True)
        self.thread.start()

    def accept_forever(self):
        self.sock.settimeout(0.05)
        while not self.stopped.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.held.append(conn)

    def stop(self):
        self.stopped.set()
        self.thread.join()
        for conn in self.held:
            conn.close()
        self.sock.close()


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # free once the socket closes: nothing listens there


def redis_cache_setting(port, timeout=0.3):
    return {
        "default": {
            "BACKEND": "core.redis_cache.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": {"socket_connect_timeout": timeout, "socket_timeout": timeout},
        }
    }


@pytest.fixture
def hung_redis(settings):
    server = HungServer()
    settings.CACHES = redis_cache_setting(server.port)
    settings.REDIS_RETRY_SECONDS = 30
    redis_cache.breakers.clear()
    yield server
    server.stop()
    redis_cache.breakers.clear()


@pytest.fixture
def absent_redis(settings):
    settings.CACHES = redis_cache_setting(closed_port())
    redis_cache.breakers.clear()
    yield
    redis_cache.breakers.clear()
