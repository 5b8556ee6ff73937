"""An expiry date is a scheduled unpublish: on a page only administrators may take down, only they set one."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from appointments.models import AppointmentPage
from core.takedown import TakedownGuardFormMixin
from home.models import ContentPage, HomePage
from tests.twofactor import verified_login


def home_form(home, expire_at=""):
    return nested_form_data(
        {
            "title": home.title,
            "slug": home.slug,
            "hero_heading": home.hero_heading,
            "hero_text": rich_text("<p>Care close to home.</p>"),
            "featured_heading": "Our treatments",
            "featured_treatments": inline_formset([]),
            "go_live_at": "",
            "expire_at": expire_at,
        }
    )


def next_month():
    return (timezone.now() + datetime.timedelta(days=30)).strftime("%Y-%m-%d %H:%M")


@pytest.mark.parametrize("role", ["editor", "admin"])
def test_only_an_administrator_sets_an_expiry_on_the_home_page(client, home_page, appointment_page, staff, role):
    verified_login(client, staff[role])

    response = client.post(f"/admin/pages/{home_page.pk}/edit/", home_form(home_page, next_month()))

    stored = HomePage.objects.get(pk=home_page.pk).get_latest_revision_as_object().expire_at
    if role == "admin":
        assert response.status_code == 302
        assert stored is not None
    else:
        assert response.status_code == 200
        assert "Only an administrator can set an expiry date on this page" in response.content.decode()
        assert stored is None


def test_an_editor_still_edits_a_guarded_page_an_administrator_gave_an_expiry(
    client, home_page, appointment_page, staff
):
    verified_login(client, staff["admin"])
    client.post(f"/admin/pages/{home_page.pk}/edit/", home_form(home_page, next_month()))
    expiry = HomePage.objects.get(pk=home_page.pk).get_latest_revision_as_object().expire_at
    client.logout()
    verified_login(client, staff["editor"])

    unchanged = home_form(home_page, timezone.localtime(expiry).strftime("%Y-%m-%d %H:%M"))
    response = client.post(f"/admin/pages/{home_page.pk}/edit/", unchanged)
    cleared = client.post(f"/admin/pages/{home_page.pk}/edit/", home_form(home_page, ""))

    assert response.status_code == 302
    assert cleared.status_code == 302
    assert HomePage.objects.get(pk=home_page.pk).get_latest_revision_as_object().expire_at is None


def test_content_pages_keep_expiry_dates_for_editors(client, home_page, staff):
    about = home_page.add_child(instance=ContentPage(title="Offer", slug="offer", summary="A winter offer."))
    verified_login(client, staff["editor"])
    data = nested_form_data(
        {"title": "Offer", "slug": "offer", "summary": "", "body": streamfield([]), "expire_at": next_month()}
    )

    response = client.post(f"/admin/pages/{about.pk}/edit/", data)

    assert response.status_code == 302
    assert Page.objects.get(pk=about.pk).specific.get_latest_revision_as_object().expire_at is not None


def test_every_guarded_page_type_edits_through_the_guarded_form():
    for model in (HomePage, AppointmentPage):
        assert issubclass(model.get_edit_handler().get_form_class(), TakedownGuardFormMixin)
