"""Django's RedisCache, but a Redis outage makes the site slower instead of broken.

Django's own backend raises on every call while Redis is unreachable, and Wagtail reads the cache
on each page view (site root paths, image renditions), so every page would fail. django-redis has an
``IGNORE_EXCEPTIONS`` switch for this, but it is a second, larger Redis client for one flag; this
subclass keeps Django's built-in backend and turns connection errors into cache misses (logged).
"""

import logging
import threading

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

OUTAGE = (RedisConnectionError, RedisTimeoutError)


def _degrade(method_name, fallback):
    parent = getattr(RedisCache, method_name)

    def method(self, *args, **kwargs):
        try:
            return parent(self, *args, **kwargs)
        except OUTAGE as error:
            logger.warning("Redis cache unavailable (%s): %s", method_name, type(error).__name__)
            return fallback(*args, **kwargs) if callable(fallback) else fallback

    method.__name__ = method_name
    return method


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
    # incr/decr keep raising: a counter (rate limit, page cache generation) must not invent a value.
