"""Appointment requests are seen only by the front desk and administrators, and every look is logged."""

import pytest
from django.core import mail
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import PageLogEntry

from appointments.submissions import DELETED, EXPORTED, VIEWED

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
    client.force_login(staff["front_desk"])

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
    client.force_login(staff["front_desk"])
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
    client.force_login(staff["front_desk"])
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
    client.force_login(staff["front_desk"])
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

    response = client.post(appointment_page.url, REQUEST)

    assert response.status_code == 200
    assert FormSubmission.objects.count() == 1
    (message,) = mail.outbox
    assert message.to == ["frontdesk@example.com"]
    assert message.subject == "New appointment request"
    link = f"http://testserver/admin/forms/submissions/{appointment_page.pk}/"
    assert message.body == f"A new appointment request arrived. View it: {link}"
    for detail in ["Pat", "303", "pat@example.com", "Saturday", "Phone call"]:
        assert detail not in message.body + message.subject
