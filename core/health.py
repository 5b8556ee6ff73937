"""/healthz for load balancers and uptime checks: can the database be read and written?

A database that answers reads but cannot take a write (SQLite locked past its timeout, a read-only
PostgreSQL replica, a full disk) would lose every appointment request while a read-only check said "ok".
So the probe also creates a table inside a transaction that is always rolled back (DDL is transactional
in SQLite and PostgreSQL): it needs the same write lock and writable storage a request does, works on
any database, migrated or not, and leaves nothing behind.
"""

import logging

from django.core.cache import caches
from django.db import Error, connection, transaction
from django.http import JsonResponse
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger(__name__)

PATH = "/healthz"


def health_response(request):
    if request.method not in ("GET", "HEAD"):
        response = JsonResponse({"status": "method not allowed"}, status=405)
        response["Allow"] = "GET, HEAD"
    else:
        try:
            check_database()
        except Error:
            # The details (host names, the driver's message) go to the server log, never to the caller.
            logger.exception("Health check: the database did not answer or refused a write")
            response = JsonResponse({"status": "unavailable"}, status=503)
        else:
            response = JsonResponse({"status": "ok", **redis_report()})
    add_never_cache_headers(response)
    response["X-Content-Type-Options"] = "nosniff"
    return response


def check_database():
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
            cursor.execute("CREATE TABLE clinic_healthz_write_probe (id integer)")
        transaction.set_rollback(True)


def redis_report():
    """``{"redis": "ok" | "unavailable"}`` when the cache is Redis, else nothing.

    Only reported, never a failed probe: pages still render without Redis (uncached), and a load
    balancer that took every machine out for it would turn a slowdown into an outage. While the
    circuit breaker (core/redis_cache.py) is open this asks nothing, so a hung Redis cannot hang /healthz.
    """
    is_available = getattr(caches["default"], "is_available", None)
    if is_available is None:
        return {}
    return {"redis": "ok" if is_available() else "unavailable"}


class HealthCheckMiddleware:
    """Answers /healthz before anything else runs.

    Placed first in MIDDLEWARE, so a probe by IP address is not refused by ALLOWED_HOSTS, a plain-HTTP
    probe is not redirected to HTTPS, and no cache ever stores the answer.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == PATH:
            return health_response(request)
        return self.get_response(request)
