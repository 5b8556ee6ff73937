"""/healthz for load balancers and uptime checks: is the database answering?"""

import logging

from django.core.cache import caches
from django.db import Error, connection
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
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
                cursor.fetchone()
        except Error:
            # The details (host names, the driver's message) go to the server log, never to the caller.
            logger.exception("Health check: the database did not answer")
            response = JsonResponse({"status": "unavailable"}, status=503)
        else:
            response = JsonResponse({"status": "ok", **redis_report()})
    add_never_cache_headers(response)
    response["X-Content-Type-Options"] = "nosniff"
    return response


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
