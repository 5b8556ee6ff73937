"""Wagtail's password reset form, limited per address and per email so it cannot be used to flood inboxes."""

import logging

from django.conf import settings
from django_ratelimit.core import is_ratelimited
from wagtail.admin.views.account import PasswordResetView

logger = logging.getLogger(__name__)

MESSAGE = (
    "Too many password reset requests. Please wait an hour and try again, "
    "or ask an administrator to reset your password."
)
UNAVAILABLE = (
    "Password reset is unavailable for a few minutes. Please try again later, "
    "or ask an administrator to reset your password."
)


def email_key(group, request):
    return request.POST.get("email", "").strip().lower()


def rate_per_ip(group, request):
    return settings.RESET_LINK_RATE_PER_IP


def rate_per_email(group, request):
    return settings.RESET_LINK_RATE_PER_EMAIL


LIMITS = [
    {"group": "password-reset-ip", "key": "ip", "rate": rate_per_ip},
    {"group": "password-reset-email", "key": email_key, "rate": rate_per_email},
]


class RateLimitedPasswordResetView(PasswordResetView):
    def post(self, request, *args, **kwargs):
        try:
            # Every limit counts this request (a list, not any(): the second must count even if the first says no).
            limited = [is_ratelimited(request, **limit, method="POST", increment=True) for limit in LIMITS]
        except Exception:
            # The counts live in the cache (Redis). Without them no link is sent: unlimited reset mails are
            # what the limit prevents, and the outage is brief (core/redis_cache.py stops waiting on it).
            logger.warning("Password reset refused: the rate-limit cache is unavailable", exc_info=True)
            return self.refuse(UNAVAILABLE, status=503)
        if any(limited):
            # The same answer whether or not the address has an account: it reveals nothing.
            return self.refuse(MESSAGE, status=429)
        return super().post(request, *args, **kwargs)

    def refuse(self, message, status):
        form = self.get_form()
        form.is_valid()
        form.add_error(None, message)
        return self.render_to_response(self.get_context_data(form=form), status=status)
