"""A form sent twice (a double click, a reload, two tabs) is stored once, and the person is thanked each time."""

import threading
from unittest import mock

import pytest
from django.db import connection
from django.test import Client
from wagtail.contrib.forms.models import FormSubmission

from appointments.models import AppointmentPage
from tests.appointment_form import shown_form
from tests.notifications import deliver_notifications

REQUEST = {
    "name": "Pat Example",
    "phone": "303-555-0100",
    "preferred_contact_method": "Phone call",
    "i_agree_to_be_contacted_about_this_request": "on",
}


def test_the_same_form_sent_twice_is_stored_once(client, appointment_page, mailoutbox):
    appointment_page.to_address = "frontdesk@example.com"
    appointment_page.save_revision().publish()
    data = {**shown_form(client, appointment_page), **REQUEST}

    first = client.post(appointment_page.url, data)
    second = client.post(appointment_page.url, data)
    deliver_notifications()

    for response in (first, second):
        assert response.status_code == 200
        assert "Your request has been sent" in response.content.decode()
    assert FormSubmission.objects.count() == 1
    assert len(mailoutbox) == 1  # the front desk hears of it once


def test_the_database_refuses_a_second_copy_that_got_past_the_first_look(client, appointment_page):
    """Two posts that both find the token unused: the unique constraint keeps the second out."""
    data = {**shown_form(client, appointment_page), **REQUEST}
    with mock.patch.object(AppointmentPage, "token_was_used", return_value=False):
        responses = [client.post(appointment_page.url, data) for _ in range(2)]
    assert all("Your request has been sent" in r.content.decode() for r in responses)
    assert FormSubmission.objects.count() == 1


def test_two_forms_shown_separately_are_two_requests(client, appointment_page):
    client.post(appointment_page.url, {**shown_form(client, appointment_page), **REQUEST})
    client.post(appointment_page.url, {**shown_form(client, appointment_page), **REQUEST, "name": "Sam Example"})
    assert sorted(s.form_data["name"] for s in FormSubmission.objects.all()) == ["Pat Example", "Sam Example"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_posts_of_the_same_form_store_one_request(appointment_page):
    """Eight clicks at once, each in its own thread and database connection (the PostgreSQL run proves
    it where transactions really overlap)."""
    data = {**shown_form(Client(), appointment_page), **REQUEST}
    start = threading.Barrier(8)
    results = []

    def post():
        try:
            start.wait()
            response = Client().post(appointment_page.url, data)
            results.append((response.status_code, "Your request has been sent" in response.content.decode()))
        finally:
            connection.close()

    # Each thread finds the token unused, so all of them reach the insert together.
    with mock.patch.object(AppointmentPage, "token_was_used", return_value=False):
        threads = [threading.Thread(target=post) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    assert results == [(200, True)] * 8
    assert FormSubmission.objects.count() == 1
