"""The visitor's address, for login lockout and rate limits.

Behind the TLS proxy every request comes from the proxy, so the real address is the one the last
trusted proxy appended to X-Forwarded-For. Written here rather than with django-ipware: the rule is
"count TRUSTED_PROXY_COUNT entries from the right", and guessing from public/private ranges (what
ipware adds) would let a client choose its own address by sending the header itself.
"""

import ipaddress

from django.conf import settings


def client_ip(request):
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= proxies and is_address(forwarded[-proxies]):
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def is_address(text):
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True
