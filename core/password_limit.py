"""Page and document passwords, limited like the admin sign-in (django-axes, settings AXES_*).

Wagtail checks a page's or a document collection's password with no limit, so a short password can be
guessed. Here, after AXES_FAILURE_LIMIT wrong passwords for one restriction from one address, that
address gets a 429 page for AXES_COOLOFF_TIME (counted from the first wrong guess); a right password
clears the count. Keyed on the restriction *and* the address, as the sign-in is keyed on the account and
the address: a visitor elsewhere is never locked out by someone else's guessing.

Counted in Django's cache, like the appointment rate limit; when the cache is down, guesses are let
through (and logged) rather than locking every visitor out.
"""

import functools
import ipaddress
import logging

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render
from django.utils.crypto import salted_hmac

from .client_ip import client_ip

logger = logging.getLogger(__name__)


def address_key(request):
    """The client's address; IPv6 clients by their /64 network, which one household or device usually has."""
    address = client_ip(request)
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    return str(ipaddress.ip_network(f"{ip}/64", strict=False).network_address) if ip.version == 6 else str(ip)


def failures_key(request, kind, restriction_id):
    # Addresses are personal data: the cache holds only a keyed hash of them.
    digest = salted_hmac("core.password-limit", f"{kind}:{restriction_id}:{address_key(request)}").hexdigest()[:32]
    return f"view-password-failures:{digest}"


def locked_response(request):
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "core/password_locked.html", {"minutes": minutes}, status=429)


def limit_guesses(kind):
    """Wraps Wagtail's authenticate_with_password view for pages ("page") or documents ("document")."""

    def decorate(view):
        @functools.wraps(view)
        def limited(request, *args, **kwargs):
            if request.method != "POST":
                return view(request, *args, **kwargs)
            restriction_id = kwargs.get("page_view_restriction_id") or kwargs.get("restriction_id")
            key = failures_key(request, kind, restriction_id)
            try:
                if (cache.get(key) or 0) >= settings.AXES_FAILURE_LIMIT:
                    return locked_response(request)
            except Exception:
                logger.warning("Password attempt limit unavailable (cache down); attempt let through")
                return view(request, *args, **kwargs)
            response = view(request, *args, **kwargs)
            try:
                if response.status_code in (301, 302):  # Wagtail redirects only after the right password
                    cache.delete(key)
                elif response.status_code == 200:  # the form again: a wrong password
                    cache.add(key, 0, timeout=int(settings.AXES_COOLOFF_TIME.total_seconds()))
                    cache.incr(key)
            except ValueError:  # the count expired between add() and incr(): a new period
                pass
            except Exception:
                logger.warning("Password attempt limit unavailable (cache down); failure not counted")
            return response

        return limited

    return decorate
