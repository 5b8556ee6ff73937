"""Django's RedisCache, but a Redis outage makes the site slower instead of broken.

Django's own backend raises on every call while Redis is unreachable, and Wagtail reads the cache
on each page view (site root paths, image renditions), so every page would fail. django-redis has an
``IGNORE_EXCEPTIONS`` switch for this, but it is a second, larger Redis client for one flag; this
subclass keeps Django's built-in backend and turns connection errors into cache misses (logged).

A Redis that accepts connections and never answers costs a full socket timeout on *every* call, and a
page makes a dozen of them (seconds per page). So after one failure a circuit breaker stops asking
Redis for ``REDIS_RETRY_SECONDS``; then a single call tries again, and a success closes it.
"""

import logging
import threading
import time

from django.conf import settings
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

OUTAGE = (RedisConnectionError, RedisTimeoutError)
DEFAULT_RETRY_SECONDS = 30


class CircuitBreaker:
    """Shared by every thread and cache object that talks to one Redis (Django makes a cache object per
    thread), so one timed-out call spares all the others."""

    def __init__(self):
        self.reopen_at = 0.0  # 0: closed (Redis is asked); else the monotonic time of the next try
        self.lock = threading.Lock()

    def allows_call(self):
        if not self.reopen_at:
            return True
        with self.lock:
            now = time.monotonic()
            if now < self.reopen_at:
                return False
            # One caller tries Redis again; the others keep skipping it until that try is over.
            self.reopen_at = now + retry_seconds()
            return True

    def succeeded(self):
        if self.reopen_at:
            self.reopen_at = 0.0
            logger.warning("Redis cache answers again")

    def failed(self, method_name, error):
        self.reopen_at = time.monotonic() + retry_seconds()
        logger.warning(
            "Redis cache unavailable (%s: %s); not asked again for %s s",
            method_name,
            type(error).__name__,
            retry_seconds(),
        )


def retry_seconds():
    return getattr(settings, "REDIS_RETRY_SECONDS", DEFAULT_RETRY_SECONDS)


breakers = {}
breakers_lock = threading.Lock()


def breaker_for(servers):
    key = tuple(servers)
    with breakers_lock:
        return breakers.setdefault(key, CircuitBreaker())


class RedisSkipped(RedisConnectionError):
    """Raised instead of asking Redis while the circuit breaker is open."""


def _guarded(parent, method_name, fallback):
    """Calls Redis through the breaker. ``fallback`` is what the caller gets while Redis is out; for
    RAISE the error is raised (at once while the breaker is open)."""

    def method(self, *args, **kwargs):
        breaker = self.breaker
        if not breaker.allows_call():
            error = RedisSkipped("Redis was unavailable moments ago; not asked")
        else:
            try:
                result = parent(self, *args, **kwargs)
            except OUTAGE as outage:
                breaker.failed(method_name, outage)
                error = outage
            else:
                breaker.succeeded()
                return result
        if fallback is RAISE:
            raise error
        return fallback(*args, **kwargs) if callable(fallback) else fallback

    method.__name__ = method_name
    return method


RAISE = object()


def _degrade(method_name, fallback):
    return _guarded(getattr(RedisCache, method_name), method_name, fallback)


class ReusedClient(RedisCacheClient):
    """Django builds a new ``redis.Redis`` object for every cache call; with redis-py 8 that costs more
    than the round trip to Redis itself. A client is safe to share between threads (it takes a
    connection from its pool per command), so one per connection pool is kept."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}
        self._clients_lock = threading.Lock()

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            with self._clients_lock:
                if index not in self._pools:
                    self._pools[index] = self._pool_class.from_url(self._servers[index], **self._pool_options)
                client = self._clients.setdefault(index, self._client(connection_pool=self._pools[index]))
        return client


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClient
        self.breaker = breaker_for(self._servers)

    def is_available(self):
        """For /healthz: does Redis answer a PING (within the socket timeout)? Never raises."""
        return self._ping()

    def _ping_redis(self):
        self._cache.get_client(write=True).ping()
        return True

    _ping = _guarded(_ping_redis, "ping", False)

    # A read finds nothing, a write stores nothing: callers already handle both.
    get = _degrade("get", lambda key, default=None, version=None: default)
    get_many = _degrade("get_many", {})
    has_key = _degrade("has_key", False)
    add = _degrade("add", False)
    set = _degrade("set", None)
    set_many = _degrade("set_many", lambda data, *args, **kwargs: list(data))
    touch = _degrade("touch", False)
    delete = _degrade("delete", False)
    delete_many = _degrade("delete_many", None)
    # incr (and decr, which calls it) and clear keep raising: a counter (rate limit, page cache
    # generation) must not invent a value.
    incr = _guarded(RedisCache.incr, "incr", RAISE)
    clear = _guarded(RedisCache.clear, "clear", RAISE)
