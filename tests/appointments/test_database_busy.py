"""The database busy longer than its timeout: the patient keeps what they typed, and /healthz says so."""

from contextlib import contextmanager
from unittest import mock

import pytest
from django.db import OperationalError, connection
from django_tasks_db.models import DBTaskResult
from wagtail.contrib.forms.models import FormSubmission

from tests.appointment_form import shown_form

REQUEST = {
    "name": "Pat Example",
    "phone": "303-555-0100",
    "email": "pat@example.com",
    "preferred_contact_method": "Text message",
    "preferred_days_and_times": ["Saturday"],
    "i_agree_to_be_contacted_about_this_request": "on",
}
WRITES = ("INSERT", "UPDATE", "DELETE", "CREATE")


@contextmanager
def writes_refused(message="database is locked"):
    """The database still answers reads; every write fails as SQLite's does past its busy timeout."""

    def refuse_writes(execute, sql, params, many, context):
        if sql.lstrip().upper().startswith(WRITES):
            raise OperationalError(message)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(refuse_writes):
        yield


@pytest.fixture
def notifying_page(appointment_page):
    appointment_page.to_address = "frontdesk@example.com"
    appointment_page.save_revision().publish()
    return appointment_page


@pytest.mark.parametrize("message", ["database is locked", "canceling statement due to statement timeout"])
def test_the_form_comes_back_filled_in_with_a_503(client, notifying_page, caplog, message):
    data = {**shown_form(client, notifying_page), **REQUEST}
    with writes_refused(message):
        response = client.post(notifying_page.url, data)

    assert response.status_code == 503
    assert response["Retry-After"]
    html = response.content.decode()
    assert "Your request has not been sent yet" in html and "Our system is busy" in html
    assert 'value="Pat Example"' in html and 'value="303-555-0100"' in html and 'value="Saturday"' in html
    assert not FormSubmission.objects.exists()
    assert not DBTaskResult.objects.exists()  # no notification for a request that was not stored
    assert "Appointment request not stored: database unavailable" in caplog.text
    assert "Pat Example" not in caplog.text and "303-555-0100" not in caplog.text

    # The form as shown again (same one-time stamp), sent once the database is free, is stored.
    assert response.context["guard"]["stamp"].value() == data["guard-stamp"]
    again = client.post(notifying_page.url, data)
    assert "Your request has been sent" in again.content.decode()
    assert FormSubmission.objects.count() == 1


def test_the_save_path_raising_gives_the_same_answer(client, appointment_page):
    data = {**shown_form(client, appointment_page), **REQUEST}
    with mock.patch.object(FormSubmission.objects, "create", side_effect=OperationalError("database is locked")):
        response = client.post(appointment_page.url, data)
    assert response.status_code == 503
    assert 'value="Pat Example"' in response.content.decode()


def test_healthz_is_unavailable_when_the_database_cannot_be_written(client, db, caplog):
    assert client.get("/healthz").json() == {"status": "ok"}
    with writes_refused():
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable"}
    assert "database is locked" not in response.content.decode()
    assert "database is locked" in caplog.text


@contextmanager
def read_only_database():
    """A real read-only database: SQLite's query_only pragma, or a read-only PostgreSQL transaction."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA query_only = ON")
            try:
                yield
            finally:
                cursor.execute("PRAGMA query_only = OFF")
        else:
            cursor.execute("SET TRANSACTION READ ONLY")  # undone with the test's transaction
            yield


def test_healthz_is_unavailable_when_the_database_is_read_only(client, db):
    with read_only_database():
        assert client.get("/healthz").status_code == 503


def test_healthz_leaves_nothing_behind(client, db):
    tables = set(connection.introspection.table_names())
    assert client.get("/healthz").status_code == 200
    assert client.get("/healthz").status_code == 200  # the probe table never stays to collide with
    assert set(connection.introspection.table_names()) == tables
