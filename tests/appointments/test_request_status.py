"""The front desk works the requests: a status per request, set in the list, filtered on, and audit-logged."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import ModelLogEntry

from appointments.status import STATUS_CHANGED, RequestStatus, Status
from tests.twofactor import verified_login

ANSWERS = {
    "name": "Pat Example",
    "phone": "303 555 0100",
    "email": "pat@example.com",
    "i_agree_to_be_contacted_about_this_request": True,
}


@pytest.fixture
def make_request(appointment_page):
    def make(name="Pat Example", **answers):
        return FormSubmission.objects.create(page=appointment_page, form_data={**ANSWERS, "name": name, **answers})

    return make


def list_url(page):
    return f"/admin/forms/submissions/{page.pk}/"


def status_url(submission):
    return f"/admin/forms/submissions/{submission.page_id}/{submission.pk}/status/"


@pytest.mark.parametrize("role", ["front_desk", "admin"])
def test_front_desk_sets_each_status_from_the_list_and_each_change_is_logged(client, make_request, staff, role):
    request = make_request()
    user = staff[role]
    verified_login(client, user)
    listing = client.get(list_url(request.page)).content.decode()
    assert f'action="{status_url(request)}"' in listing
    assert f'form="status-form-{request.pk}"' in listing

    for status in [Status.CONTACTED, Status.BOOKED, Status.CLOSED, Status.NEW]:
        response = client.post(status_url(request), {"status": status, "next": list_url(request.page) + "?p=1"})
        assert response.status_code == 302
        assert response["Location"] == list_url(request.page) + "?p=1"
        assert RequestStatus.objects.get(submission=request).status == status

    entries = ModelLogEntry.objects.filter(action=STATUS_CHANGED).order_by("pk")
    assert [(e.data["previous"], e.data["status"]) for e in entries] == [
        ("new", "contacted"),
        ("contacted", "booked"),
        ("booked", "closed"),
        ("closed", "new"),
    ]
    assert {e.user_id for e in entries} == {user.pk}
    assert all(e.timestamp and e.object_id == str(request.pk) for e in entries)
    # Who, when and which status: never what the request says.
    for entry in entries:
        logged = f"{entry.label} {entry.data} {entry.message}"
        assert not any(str(answer) in logged for answer in ANSWERS.values() if answer is not True)
    assert entries[1].message == "Marked Booked (was Contacted)"
    assert entries[0].label == f"Appointment request {request.pk}"


def test_the_same_status_again_is_not_logged_twice(client, make_request, staff):
    request = make_request()
    verified_login(client, staff["front_desk"])
    client.post(status_url(request), {"status": "booked"})
    client.post(status_url(request), {"status": "booked"})
    assert ModelLogEntry.objects.filter(action=STATUS_CHANGED).count() == 1


@pytest.mark.parametrize("bad", ["", "deleted", "New", "<b>"])
def test_an_unknown_status_changes_nothing_and_says_why(client, make_request, staff, bad):
    request = make_request()
    verified_login(client, staff["front_desk"])
    response = client.post(status_url(request), {"status": bad}, follow=True)
    assert response.status_code == 200
    assert "The status was not changed" in response.content.decode()
    assert not RequestStatus.objects.exists()
    assert not ModelLogEntry.objects.filter(action=STATUS_CHANGED).exists()


@pytest.mark.parametrize("role", ["editor", "reviewer"])
def test_only_those_who_see_requests_may_set_their_status(client, make_request, staff, role):
    request = make_request()
    verified_login(client, staff[role])
    assert client.post(status_url(request), {"status": "booked"}).status_code in (302, 403)
    assert not RequestStatus.objects.exists()


def test_a_request_of_another_page_or_a_missing_one_is_not_found(client, make_request, staff):
    request = make_request()
    verified_login(client, staff["front_desk"])
    assert client.post(f"/admin/forms/submissions/{request.page_id + 99}/{request.pk}/status/").status_code == 404
    assert client.post(f"/admin/forms/submissions/{request.page_id}/{request.pk + 99}/status/").status_code == 404
    assert client.get(status_url(request)).status_code == 405


def test_the_list_filters_by_status(client, make_request, staff):
    new, booked, closed = make_request("Nina New"), make_request("Bob Booked"), make_request("Cleo Closed")
    RequestStatus.objects.create(submission=booked, status=Status.BOOKED)
    RequestStatus.objects.create(submission=closed, status=Status.CLOSED)
    RequestStatus.objects.create(submission=make_request("Nora Reopened"), status=Status.NEW)
    verified_login(client, staff["front_desk"])

    def names(status):
        html = client.get(list_url(new.page), {"status": status}).content.decode()
        return {name for name in ["Nina New", "Bob Booked", "Cleo Closed", "Nora Reopened"] if name in html}

    assert names("new") == {"Nina New", "Nora Reopened"}  # never touched, or set back to New
    assert names("booked") == {"Bob Booked"}
    assert names("contacted") == set()
    assert names("") == {"Nina New", "Bob Booked", "Cleo Closed", "Nora Reopened"}
    assert client.get(list_url(new.page), {"status": "nonsense"}).status_code == 200

    export = client.get(list_url(new.page), {"status": "booked", "export": "csv"})
    rows = list(csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode())))
    assert [(row["Name"], row["Status"]) for row in rows] == [("Bob Booked", "Booked")]


def test_consent_reads_yes_or_no(client, make_request, staff):
    make_request("Ann Agreed")
    make_request("Dan Declined", i_agree_to_be_contacted_about_this_request=False)
    verified_login(client, staff["front_desk"])
    html = client.get(list_url(FormSubmission.objects.first().page)).content.decode()
    assert ">Yes</td>" in html and ">No</td>" in html
    assert "True" not in html and "False" not in html


def test_the_list_costs_the_same_queries_for_three_or_twenty_requests(client, make_request, staff):
    verified_login(client, staff["front_desk"])

    def queries(count):
        for i in range(count - FormSubmission.objects.count()):
            RequestStatus.objects.create(submission=make_request(f"Person {i}"), status=Status.CONTACTED)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(list_url(FormSubmission.objects.first().page)).status_code == 200
        return len(captured)

    queries(1)  # warms what the first admin view reads once: content types, locales, clinic details
    assert queries(3) == queries(20)
