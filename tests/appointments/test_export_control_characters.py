"""Control characters in a request never break the list or an export, and the form does not store them."""

import csv
import io

import pytest
from openpyxl import load_workbook
from wagtail.contrib.forms.models import FormSubmission

from core.spreadsheets import CONTROL_CHARACTERS
from tests.appointment_form import send
from tests.twofactor import verified_login

# Every C0 control character and DEL, except tab, line feed and carriage return (ordinary whitespace).
# NUL is left out of rows written directly: PostgreSQL's JSON cannot hold it (the form strips it, below).
CONTROLS = "".join(chr(c) for c in [*range(0x00, 0x20), 0x7F] if chr(c) not in "\t\n\r")
STORABLE_CONTROLS = CONTROLS.replace("\x00", "")


@pytest.fixture
def stored_with_controls(appointment_page):
    """A request stored before the form stripped control characters: written straight to the database."""
    FormSubmission.objects.create(
        page=appointment_page,
        form_data={
            "name": f"Pat{STORABLE_CONTROLS}Example",
            "phone": "\x0b303 555 0100",
            "email": "pat@example.com\x1b",
            "preferred_days_and_times": [f"Satur{STORABLE_CONTROLS}day"],
            "i_agree_to_be_contacted_about_this_request": True,
        },
    )
    return appointment_page


@pytest.mark.parametrize("export_format", ["xlsx", "csv"])
def test_exports_survive_control_characters_in_stored_requests(client, stored_with_controls, staff, export_format):
    verified_login(client, staff["front_desk"])
    response = client.get(f"/admin/forms/submissions/{stored_with_controls.pk}/", {"export": export_format})
    assert response.status_code == 200
    content = b"".join(response.streaming_content)
    if export_format == "xlsx":
        cells = [cell.value for row in load_workbook(io.BytesIO(content)).active.iter_rows() for cell in row]
    else:
        cells = [cell for row in csv.reader(io.StringIO(content.decode())) for cell in row]
    assert "PatExample" in cells and "Saturday" in cells and "303 555 0100" in cells
    assert not any(CONTROL_CHARACTERS.search(cell) for cell in cells if isinstance(cell, str))


def test_the_list_shows_a_request_with_control_characters(client, stored_with_controls, staff):
    verified_login(client, staff["front_desk"])
    response = client.get(f"/admin/forms/submissions/{stored_with_controls.pk}/")
    assert response.status_code == 200
    assert "303 555 0100" in response.content.decode()


def test_the_form_stores_answers_without_control_characters(client, appointment_page):
    # NUL is the exception: Django refuses it with a message (tests/appointments/test_appointments.py).
    response = send(
        client,
        appointment_page,
        {
            "name": f"Pat{STORABLE_CONTROLS} Example",
            "phone": f"303{STORABLE_CONTROLS}-555-0100",
            "email": "pat@example.com",
            "preferred_contact_method": "Phone call",
            "preferred_days_and_times": ["Saturday"],
            "i_agree_to_be_contacted_about_this_request": "on",
        },
    )
    assert response.status_code == 200
    assert "Your request has been sent" in response.content.decode()
    data = FormSubmission.objects.get().form_data
    assert data["name"] == "Pat Example"
    assert data["phone"] == "303-555-0100"
