"""Every editing screen opens clean in Chromium, for a marketing editor and for an administrator.

The add and edit view of every page type, every snippet and every site setting, found through Wagtail's
registries, so a type added later is covered without touching this test. A screen fails on any console
error (a widget that threw, a blocked script), any "This widget failed to render" and any error badge or
message shown before anyone has saved.
"""

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse
from wagtail.contrib.settings.models import BaseGenericSetting
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.models import Page, Site, get_page_models
from wagtail.snippets.models import get_snippet_models

from core.roles import MARKETING_EDITORS
from readability.models import ClaimPhrase
from tests.browser.conftest import PASSWORD

# Lists only administrators keep (no role is given them): the claims health-advertising rules warn about.
ADMINISTRATORS_ONLY = {ClaimPhrase}

# What Wagtail shows when a field holds an error: field messages (the minimap counts these into its red
# badges), the minimap's and the tabs' error counts.
ERROR_MARKERS = ".error-message, .w-minimap-item__errors, .w-tabs__errors"


def creatable_page_models():
    return [model for model in get_page_models() if model.is_creatable]


@pytest.fixture
def any_number_of_pages(monkeypatch):
    """Lift ``max_count`` so the add form of a one-per-site type (home, appointments) opens beside the
    demo's own: it is the form an editor meets on a fresh site, and the view refuses it otherwise."""
    for model in creatable_page_models():
        monkeypatch.setattr(model, "max_count", None)


def page_screens(user):
    """(what, admin URL) for each page type's add view under a parent that allows it, and its edit view."""
    for model in creatable_page_models():
        name = model._meta.label
        parents = Page.objects.type(*model.allowed_parent_page_models()).specific()
        parent = next((page for page in parents if model.can_create_at(page)), None)
        assert parent is not None, f"The demo content has no page that a {name} can be added under."
        if parent.permissions_for_user(user).can_add_subpage():
            yield (
                f"add {name}",
                reverse("wagtailadmin_pages:add", args=[*model._meta.label_lower.split("."), parent.pk]),
            )
        page = model.objects.first()
        assert page is not None, f"Add a {name} to the demo content (load_demo_content), so its editor is tried."
        if page.permissions_for_user(user).can_edit():
            yield f"edit {name}", reverse("wagtailadmin_pages:edit", args=[page.pk])


def snippet_screens(user):
    for model in get_snippet_models():
        name, viewset = model._meta.label, model.snippet_viewset
        if viewset.permission_policy.user_has_permission(user, "add"):
            yield f"add {name}", reverse(viewset.get_url_name("add"))
        if viewset.permission_policy.user_has_permission(user, "change"):
            item = model.objects.first()
            assert item is not None, f"Add a {name} to the demo content (load_demo_content), so its editor is tried."
            yield f"edit {name}", reverse(viewset.get_url_name("edit"), args=[item.pk])


def setting_screens(user):
    site = Site.objects.get(is_default_site=True)
    for model in settings_registry:
        if user.has_perm(f"{model._meta.app_label}.change_{model._meta.model_name}"):
            # A site setting is edited per site; a generic one (the same for every site) by its own row.
            pk = model.load().pk if issubclass(model, BaseGenericSetting) else site.pk
            yield (
                f"edit {model._meta.label}",
                reverse("wagtailsettings:edit", args=[model._meta.app_label, model._meta.model_name, pk]),
            )


def problems_on(page, url, console):
    """Everything wrong with one editing screen, as readable lines; ``console`` collects the page's errors."""
    console.clear()
    response = page.goto(url)
    page.wait_for_load_state("networkidle")
    problems = [f"console: {text.splitlines()[0]}" for text in console]
    if response.status != 200 or page.url != url:
        problems.append(f"opened {page.url} with status {response.status}")
    if page.get_by_text("failed to render").count():
        problems.append("a widget failed to render")
    for marker in page.locator(ERROR_MARKERS).all():
        text = marker.inner_text().strip()
        if marker.is_visible() and text:
            problems.append(f"error shown before saving: {text!r}")
    return problems


@pytest.fixture
def signed_in(sign_in, any_number_of_pages):
    return sign_in


def marketing_editor():
    user = User.objects.create_user("mia", "mia@example.com", PASSWORD)
    user.groups.add(Group.objects.get(name=MARKETING_EDITORS))
    return user


def administrator():
    return User.objects.create_superuser("ada", "ada@example.com", PASSWORD)


@pytest.mark.parametrize("make_user", [marketing_editor, administrator], ids=["marketing editor", "administrator"])
def test_every_editing_screen_opens_clean(signed_in, demo_site, make_user):
    user = make_user()
    screens = [*page_screens(user), *snippet_screens(user), *setting_screens(user)]
    # Each role edits every page type and the shared lists, so an empty list here would be a broken test.
    opened = {what.split(" ", 1)[0] + " " + what.split(".")[-1] for what, _ in screens}
    snippets = [model for model in get_snippet_models() if user.is_superuser or model not in ADMINISTRATORS_ONLY]
    for model in creatable_page_models() + snippets:
        assert {f"add {model.__name__}", f"edit {model.__name__}"} <= opened, model

    browser, console = signed_in(user), []
    browser.on("console", lambda message: message.type == "error" and console.append(message.text))
    browser.on("pageerror", lambda error: console.append(str(error)))
    problems = {what: found for what, url in screens if (found := problems_on(browser, demo_site + url, console))}
    # Leaving an editor releases its editing session: let that request finish while the database is open.
    browser.goto(demo_site + "/admin/")
    browser.wait_for_load_state("networkidle")
    assert problems == {}
