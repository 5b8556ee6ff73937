"""At most APPOINTMENT_RATE_LIMIT requests per client address in APPOINTMENT_RATE_LIMIT_MINUTES.

Written on Django's cache rather than with django-ratelimit: that library's system checks refuse the
caches this site runs on (LocMemCache, used when REDIS_URL is unset, is an error that stops every
manage.py command; Django's own RedisCache is a warning, and `check --deploy` must have none), so using it
would mean adding django-redis only to satisfy a check, or silencing it. The counter itself is the
same fixed window django-ratelimit uses: cache.add() then the atomic cache.incr(). Unlike its default,
a cache that is down lets requests through: a lost patient request is worse than a missed limit.

With LocMemCache every server process counts on its own, so the limit is per process; set REDIS_URL when
running more than one.
"""

import ipaddress
import logging
import math
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.utils.crypto import salted_hmac

from core.client_ip import client_ip

logger = logging.getLogger(__name__)


def client_address(request):
    """The client's address (core.client_ip: REMOTE_ADDR, or what the trusted proxies saw). IPv6
    clients are grouped by their /64 network, which one household or device usually has."""
    address = client_ip(request)
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if ip.version == 6:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False).network_address)
    return str(ip)


@dataclass
class Usage:
    limited: bool
    retry_after: int  # seconds until the window ends


def hit(request, token):
    """Counts this form (once, however often it is sent: a double click is one request) against the
    client's limit and says whether the client is over it."""
    period = settings.APPOINTMENT_RATE_LIMIT_MINUTES * 60
    now = time.time()
    window = int(now // period)
    # Addresses are personal data: the cache holds only a keyed hash of them.
    digest = salted_hmac("appointments.rate-limit", client_address(request)).hexdigest()[:32]
    key = f"appointment-rate:{window}:{digest}"
    cache = caches[settings.APPOINTMENT_RATE_LIMIT_CACHE]
    try:
        if cache.add(f"appointment-rate-form:{token}", 1, timeout=period + 5):
            cache.add(key, 0, timeout=period + 5)
            count = cache.incr(key)
        else:
            count = cache.get(key, 0)
    except ValueError:  # the key expired between add() and incr(): a new window
        count = 1
    except Exception:
        logger.warning("Appointment rate limit cache unavailable; request let through", exc_info=True)
        return Usage(limited=False, retry_after=0)
    retry_after = max(1, math.ceil((window + 1) * period - now))
    return Usage(limited=count > settings.APPOINTMENT_RATE_LIMIT, retry_after=retry_after)
