from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import views
from .middleware import next_step


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [
        path("two-step/set-up/", views.enrol, name="twofactor_enrol"),
        path("two-step/code/", views.verify, name="twofactor_verify"),
        path("two-step/", views.manage, name="twofactor_manage"),
    ]


@hooks.register("construct_main_menu")
def hide_menu_until_confirmed(request, menu_items):
    """Every link would lead back to set-up or the code page: show none until the session is confirmed."""
    if next_step(request) is not None:
        menu_items.clear()


@hooks.register("register_account_menu_item")
def two_step_account_item(request):
    return {
        "url": reverse("twofactor_manage"),
        "label": _("Two-step sign-in"),
        "help_text": _("Set up an authenticator app, or get new recovery codes."),
    }
