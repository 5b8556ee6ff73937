"""Appointment requests are seen only by the front desk and administrators, and every look is logged."""

import logging
from unittest import mock

import pytest
from django.core import mail
from django.utils.log import AdminEmailHandler
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import PageLogEntry

from appointments.submissions import DELETED, EXPORTED, VIEWED
from tests.appointment_form import send, shown_form
from tests.notifications import deliver_notifications
from tests.twofactor import verified_login

REQUEST = {
    "name": "Pat Example",
    "phone": "303-555-0100",
    "email": "pat@example.com",
    "preferred_contact_method": "Phone call",
    "treatment": "",
    "preferred_days_and_times": ["Saturday"],
    "i_agree_to_be_contacted_about_this_request": "on",
}


@pytest.fixture
def requests_page(appointment_page):
    FormSubmission.objects.create(page=appointment_page, form_data={"name": "Pat Example", "phone": "303 555 0100"})
    return appointment_page


def list_url(page, **query):
    url = f"/admin/forms/submissions/{page.pk}/"
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def test_front_desk_lists_and_exports_requests_and_each_look_is_logged(client, requests_page, staff):
    verified_login(client, staff["front_desk"])

    listing = client.get(list_url(requests_page))
    assert listing.status_code == 200
    assert "Pat Example" in listing.content.decode()
    assert 'href="/admin/forms/"' not in listing.content.decode()  # a list the front desk cannot open

    export = client.get(list_url(requests_page, export="csv"))
    assert export.status_code == 200
    assert "Pat Example" in b"".join(export.streaming_content).decode()

    entries = PageLogEntry.objects.filter(page=requests_page, user=staff["front_desk"]).order_by("timestamp", "pk")
    assert [(entry.action, entry.data) for entry in entries] == [
        (VIEWED, {"count": 1}),
        (EXPORTED, {"format": "csv", "count": 1}),
    ]
    # The audit trail says what happened, never who the patient was.
    assert "Pat" not in str([entry.data for entry in entries])
    assert entries[1].message == "Appointment requests exported as CSV"


def test_the_audit_log_shows_who_looked(admin_client, requests_page, staff, client):
    verified_login(client, staff["front_desk"])
    client.get(list_url(requests_page))
    history = admin_client.get(f"/admin/pages/{requests_page.pk}/history/").content.decode()
    assert "Appointment requests viewed" in history
    assert "frank" in history.lower()


@pytest.mark.parametrize("role", ["editor", "reviewer"])
def test_editors_and_reviewers_cannot_see_requests(client, requests_page, staff, role):
    client.force_login(staff[role])
    assert client.get(list_url(requests_page)).status_code in (302, 403)
    assert client.get(list_url(requests_page, export="csv")).status_code in (302, 403)
    assert not PageLogEntry.objects.filter(action__in=[VIEWED, EXPORTED]).exists()


def test_editor_of_the_appointment_page_sees_no_request_count_or_link(client, requests_page, staff):
    client.force_login(staff["editor"])
    editor = client.get(f"/admin/pages/{requests_page.pk}/edit/")
    assert editor.status_code == 200
    html = editor.content.decode()
    assert list_url(requests_page) not in html
    assert "Appointment requests" not in html  # neither the panel nor the menu item
    forms_index = client.get("/admin/forms/").content.decode()
    assert list_url(requests_page) not in forms_index


def test_front_desk_menu_leads_to_the_requests_and_the_editor_is_closed(client, requests_page, staff):
    verified_login(client, staff["front_desk"])
    dashboard = client.get("/admin/").content.decode()
    assert "Appointment requests" in dashboard
    assert list_url(requests_page) in dashboard
    # No page permissions: the page editor refuses them, back to the dashboard with a message.
    response = client.get(f"/admin/pages/{requests_page.pk}/edit/")
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_administrators_see_the_panel_with_the_count(admin_client, requests_page):
    html = admin_client.get(f"/admin/pages/{requests_page.pk}/edit/").content.decode()
    assert "Appointment requests" in html
    assert list_url(requests_page) in html


def test_front_desk_cannot_delete_requests(client, requests_page, staff):
    verified_login(client, staff["front_desk"])
    listing = client.get(list_url(requests_page)).content.decode()
    assert "Delete selected submissions" not in listing
    submission = FormSubmission.objects.get()
    delete_url = f"/admin/forms/submissions/{requests_page.pk}/delete/?selected-submissions={submission.pk}"
    assert client.get(delete_url).status_code in (302, 403)
    assert client.post(delete_url).status_code in (302, 403)
    assert FormSubmission.objects.filter(pk=submission.pk).exists()


def test_administrators_can_delete_requests_and_it_is_logged(admin_client, requests_page, admin_user):
    assert "Delete selected submissions" in admin_client.get(list_url(requests_page)).content.decode()
    submission = FormSubmission.objects.get()
    delete_url = f"/admin/forms/submissions/{requests_page.pk}/delete/?selected-submissions={submission.pk}"
    assert admin_client.post(delete_url).status_code == 302
    assert not FormSubmission.objects.exists()
    entry = PageLogEntry.objects.get(action=DELETED)
    assert (entry.user, entry.data) == (admin_user, {"count": 1})


def test_notification_email_says_a_request_arrived_and_nothing_about_the_patient(client, appointment_page):
    appointment_page.to_address = "frontdesk@example.com"
    appointment_page.subject = "New appointment request"
    appointment_page.save_revision().publish()

    response = send(client, appointment_page, REQUEST)
    deliver_notifications()

    assert response.status_code == 200
    assert FormSubmission.objects.count() == 1
    (message,) = mail.outbox
    assert message.to == ["frontdesk@example.com"]
    assert message.subject == "New appointment request"
    link = f"http://testserver/admin/forms/submissions/{appointment_page.pk}/"
    assert message.body == f"A new appointment request arrived. View it: {link}"
    for detail in ["Pat", "303", "pat@example.com", "Saturday", "Phone call"]:
        assert detail not in message.body + message.subject


DETAILS = ["Pat Example", "303-555-0100", "pat@example.com"]


def test_no_patient_detail_reaches_the_logs_or_any_email(client, appointment_page, caplog, mailoutbox, settings):
    """Every path a request can take: stored, sent twice, caught by each spam trap, rate limited."""
    caplog.set_level("DEBUG")
    appointment_page.to_address = "frontdesk@example.com"
    appointment_page.save_revision().publish()
    settings.APPOINTMENT_RATE_LIMIT = 1

    shown = {**shown_form(client, appointment_page), **REQUEST}
    client.post(appointment_page.url, shown)
    client.post(appointment_page.url, shown)
    send(client, appointment_page, {**REQUEST, "guard-website": "x"})
    send(client, appointment_page, {**REQUEST, "guard-stamp": "forged"})
    assert send(client, appointment_page, REQUEST).status_code == 429
    settings.APPOINTMENT_MIN_SECONDS = 60
    send(client, appointment_page, REQUEST)
    deliver_notifications()

    assert FormSubmission.objects.count() == 1
    assert len(mailoutbox) == 1
    refusals = [r.getMessage() for r in caplog.records if r.name.startswith("appointments")]
    assert refusals == [
        "Appointment request not stored: honeypot",
        "Appointment request not stored: missing or altered stamp",
        "Appointment request not stored: rate limit",
        "Appointment request not stored: too fast",
    ]
    logged = caplog.text + "".join(str(r.args) for r in caplog.records)
    emailed = "".join(m.subject + m.body + str(m.alternatives) for m in mailoutbox)
    for detail in DETAILS:
        assert detail not in logged
        assert detail not in emailed


@pytest.fixture
def error_reports_by_email(settings):
    """Django's own 500 email to ADMINS, with its HTML part (which lists every function's variables)."""
    settings.ADMINS = [("Operations", "ops@example.com")]
    (handler,) = [h for h in logging.getLogger("django").handlers if isinstance(h, AdminEmailHandler)]
    with mock.patch.object(handler, "include_html", True):
        yield


def test_an_error_report_about_a_request_holds_none_of_its_details(
    client, appointment_page, mailoutbox, error_reports_by_email
):
    """Django emails administrators a report of every server error, normally with the posted form and
    the variables of each function on the way: for this form, both are blanked out."""
    client.raise_request_exception = False
    data = {**shown_form(client, appointment_page), **REQUEST}
    with mock.patch.object(FormSubmission.objects, "create", side_effect=RuntimeError("disk full")):
        response = client.post(appointment_page.url, data)

    assert response.status_code == 500
    (report,) = mailoutbox
    assert report.to == ["ops@example.com"]
    ((html, _),) = report.alternatives
    assert "disk full" in report.body and "********************" in html  # variables shown, values blanked
    for detail in DETAILS:
        assert detail not in report.body
        assert detail not in html


def test_the_request_is_kept_when_the_notification_email_fails(client, appointment_page, caplog):
    appointment_page.to_address = "frontdesk@example.com"
    appointment_page.save_revision().publish()
    response = send(client, appointment_page, REQUEST)
    with mock.patch("appointments.models.AppointmentPage.send_mail", side_effect=ConnectionRefusedError):
        deliver_notifications()
    assert "Your request has been sent" in response.content.decode()
    assert FormSubmission.objects.count() == 1
    assert "the notification email could not be sent" in caplog.text
