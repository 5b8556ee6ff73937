"""Removing a question from the form never hides the answers patients already sent (historical columns)."""

import csv
import io

from wagtail.contrib.forms.models import FormSubmission

from appointments.models import AppointmentFormField, AppointmentPage
from tests.appointment_form import REQUEST, send
from tests.twofactor import verified_login


def remove_questions(page, *names):
    """What an editor does: delete the fields in the editor and publish."""
    AppointmentFormField.objects.filter(page=page, clean_name__in=names).delete()
    page = AppointmentPage.objects.get(pk=page.pk)
    page.save_revision().publish()
    return page


def test_answers_to_removed_questions_stay_in_the_list_and_every_export(client, appointment_page, staff):
    assert "Your request has been sent" in send(client, appointment_page, REQUEST).content.decode()
    page = remove_questions(appointment_page, "email", "preferred_contact_method")
    send(client, page, {k: v for k, v in REQUEST.items() if k not in ("email", "preferred_contact_method")})
    # A stored answer no revision remembers the question of (e.g. revisions purged): named from its key.
    FormSubmission.objects.create(page=page, form_data={"name": "Old Row", "insurance_number": "INS-42"})

    verified_login(client, staff["front_desk"])
    html = client.get(f"/admin/forms/submissions/{page.pk}/").content.decode()
    for text in [
        "Email (removed question)",
        "Preferred contact method (removed question)",
        "Insurance number (removed question)",
        "pat@example.com",
        "INS-42",
    ]:
        assert text in html

    export = client.get(f"/admin/forms/submissions/{page.pk}/", {"export": "csv"})
    rows = list(csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode())))
    assert [row["Email (removed question)"] for row in rows] == ["pat@example.com", "", ""]
    assert rows[0]["Preferred contact method (removed question)"] == "Phone call"
    assert rows[2]["Insurance number (removed question)"] == "INS-42"


def test_the_current_form_shows_no_removed_question(client, appointment_page):
    page = remove_questions(appointment_page, "email")
    html = client.get(page.url).content.decode()
    assert 'name="email"' not in html and "removed question" not in html
