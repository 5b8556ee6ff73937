"""Wagtail's password reset form, limited per address and per email so it cannot be used to flood inboxes."""

from django.conf import settings
from django.utils.decorators import method_decorator
from django_ratelimit.decorators import ratelimit
from wagtail.admin.views.account import PasswordResetView

MESSAGE = (
    "Too many password reset requests. Please wait an hour and try again, "
    "or ask an administrator to reset your password."
)


def email_key(group, request):
    return request.POST.get("email", "").strip().lower()


def rate_per_ip(group, request):
    return settings.RESET_LINK_RATE_PER_IP


def rate_per_email(group, request):
    return settings.RESET_LINK_RATE_PER_EMAIL


# block=False: the view answers with the form and a message instead of a bare 403.
@method_decorator(ratelimit(group="password-reset-ip", key="ip", rate=rate_per_ip, block=False), name="post")
@method_decorator(ratelimit(group="password-reset-email", key=email_key, rate=rate_per_email, block=False), name="post")
class RateLimitedPasswordResetView(PasswordResetView):
    def post(self, request, *args, **kwargs):
        if getattr(request, "limited", False):
            # The same answer whether or not the address has an account: it reveals nothing.
            form = self.get_form()
            form.is_valid()
            form.add_error(None, MESSAGE)
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().post(request, *args, **kwargs)
