"""A page that holds appointment requests is never deleted with them (issue 11, item 1).

Wagtail deletes a form page's submissions with it (CASCADE), unlogged. Every way of deleting the page,
or a page above it, is refused while it holds requests, administrators included; requests leave only
through the logged ways (the admin's delete of requests, the retention purge), each logged with a count.
"""

import datetime

import pytest
from django.core.management import call_command
from django.db import transaction
from django.db.models import ProtectedError
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Page, PageLogEntry

from appointments.submissions import DELETED, PURGED
from tests.twofactor import verified_login


@pytest.fixture
def held(appointment_page, staff):
    for name in ("Pat Example", "Sam Sample"):
        FormSubmission.objects.create(page=appointment_page, form_data={"name": name})
    return appointment_page


def nothing_lost(page):
    return Page.objects.filter(pk=page.pk).exists() and FormSubmission.objects.filter(page=page).count() == 2


def delete_in_admin(client, page, how):
    if how == "delete view":
        return client.post(f"/admin/pages/{page.pk}/delete/", follow=True)
    next_url = f"/admin/pages/{page.get_parent().pk}/"
    return client.post(f"/admin/bulk/wagtailcore/page/delete/?id={page.pk}&next={next_url}", follow=True)


@pytest.mark.parametrize("how", ["delete view", "bulk delete"])
@pytest.mark.parametrize("target", ["appointment page", "home page"])
def test_administrators_cannot_delete_a_page_with_its_requests(client, held, home_page, staff, how, target):
    page = held if target == "appointment page" else home_page
    verified_login(client, staff["admin"])
    response = delete_in_admin(client, page, how)
    assert nothing_lost(held)
    assert "holds 2 appointment requests" in response.content.decode()


def test_the_delete_confirmation_is_not_even_offered(client, held, staff):
    verified_login(client, staff["admin"])
    response = client.get(f"/admin/pages/{held.pk}/delete/", follow=True)
    assert "holds 2 appointment requests" in response.content.decode()
    assert nothing_lost(held)


@pytest.mark.parametrize("target", ["appointment page", "home page"])
def test_no_code_path_deletes_requests_with_their_page(held, home_page, target):
    page = held if target == "appointment page" else home_page
    for delete in (lambda: page.delete(), lambda: Page.objects.get(pk=page.pk).delete()):
        # The refusal rolls the deletion back; the test's own transaction carries on after it.
        with pytest.raises(ProtectedError), transaction.atomic():
            delete()
        assert nothing_lost(held)


def test_once_its_requests_are_deleted_and_logged_the_page_may_go(client, held, staff):
    verified_login(client, staff["admin"])
    ids = list(FormSubmission.objects.filter(page=held).values_list("pk", flat=True))
    client.post(f"/admin/forms/submissions/{held.pk}/delete/?" + "&".join(f"selected-submissions={i}" for i in ids))
    assert PageLogEntry.objects.get(action=DELETED).data["count"] == 2
    client.post(f"/admin/pages/{held.pk}/delete/")
    assert not Page.objects.filter(pk=held.pk).exists()


def test_the_retention_purge_logs_how_many_it_deleted(held, settings):
    FormSubmission.objects.filter(page=held).update(submit_time=timezone.now() - datetime.timedelta(days=400))
    call_command("purge_appointment_requests", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert PageLogEntry.objects.get(action=PURGED).data["count"] == 2
    assert not FormSubmission.objects.exists()
