"""Forms outside the admin take no files: an oversized body is refused with a 413 page, never read, never a 500."""

import io

import pytest
from django.test import Client
from wagtail.contrib.forms.models import FormSubmission

from tests.appointment_form import shown_form
from tests.appointments.test_appointments import VALID


def test_a_30_mb_file_part_on_the_appointment_form_is_refused(client, appointment_page, caplog):
    big = io.BytesIO(b"x" * (30 * 1024 * 1024))
    big.name = "scan.pdf"
    data = {**shown_form(client, appointment_page), **VALID, "attachment": big}
    response = client.post(appointment_page.url, data)

    assert response.status_code == 413
    assert "Too much was sent" in response.content.decode()
    assert not FormSubmission.objects.exists()
    assert "Pat Example" not in caplog.text


@pytest.mark.parametrize("url", ["/", "/request-an-appointment/", "/search/", "/no-such-page/"])
def test_any_public_url_refuses_a_body_over_the_limit(appointment_page, settings, url):
    client = Client(raise_request_exception=False)
    body = b"name=" + b"a" * settings.PUBLIC_MAX_REQUEST_BODY
    response = client.generic("POST", url, body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 413


def test_a_normal_request_is_not_affected(client, appointment_page):
    data = {**shown_form(client, appointment_page), **VALID}
    del data["treatment"]
    assert client.post(appointment_page.url, data).status_code == 200
    assert FormSubmission.objects.count() == 1


def test_the_admin_keeps_its_own_upload_limits(client, db, settings):
    body = b"username=" + b"a" * settings.PUBLIC_MAX_REQUEST_BODY
    response = client.generic("POST", "/admin/login/", body, content_type="application/x-www-form-urlencoded")
    assert response.status_code != 413
