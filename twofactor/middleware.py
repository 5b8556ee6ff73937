"""Sends staff whose admin session is not confirmed with a code to set-up or to the code page."""

from django.contrib.auth.views import redirect_to_login
from django.urls import reverse

from .devices import has_device, is_required

# What an unconfirmed session may still open in the admin: signing in and out, and what those pages load.
OPEN_VIEWS = {"wagtailadmin_login", "wagtailadmin_logout", "wagtailadmin_sprite", "wagtailadmin_javascript_catalog"}


def next_step(request):
    """The URL name of the page this session must go through first, or None when it may go anywhere.

    A member of staff who has set up an app must confirm every session with it; one in a role that sees
    patient data must set one up first. Everyone else is free to go without.
    """
    user = request.user
    if not user.is_authenticated or user.is_verified():
        return None
    if has_device(user):
        return "twofactor_verify"
    if is_required(user):
        return "twofactor_enrol"
    return None


class TwoFactorMiddleware:
    """After django-otp's OTPMiddleware, which tells whether this session was confirmed with a code."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path_info.startswith(reverse("wagtailadmin_home")):
            return None
        name = request.resolver_match.url_name
        if name in OPEN_VIEWS:
            return None
        step = next_step(request)
        if step is None or step == name:
            return None
        return redirect_to_login(request.get_full_path(), login_url=reverse(step))
