"""A form sent again with corrected details: the correction is stored and linked to the first request."""

import csv
import io

from wagtail.contrib.forms.models import FormSubmission

from appointments.models import SubmissionToken
from tests.appointment_form import shown_form
from tests.twofactor import verified_login

REQUEST = {
    "name": "Pat Example",
    "phone": "303-555-0100",
    "preferred_contact_method": "Phone call",
    "i_agree_to_be_contacted_about_this_request": "on",
}


def post(client, page, form, **answers):
    response = client.post(page.url, {**form, **REQUEST, **answers})
    assert response.status_code == 200
    assert "Your request has been sent" in response.content.decode()


def test_corrected_details_sent_with_the_same_form_are_stored_and_linked(client, appointment_page, staff):
    form = shown_form(client, appointment_page)
    post(client, appointment_page, form)
    post(client, appointment_page, form, phone="303-555-0199")  # went back, fixed the number
    post(client, appointment_page, form, phone="303-555-0199")  # and clicked twice
    post(client, appointment_page, form, name="Pat Example-Smith", phone="303-555-0199")
    post(client, appointment_page, form)  # back to the first answers: already stored

    first, *corrections = FormSubmission.objects.order_by("pk")
    assert first.form_data["phone"] == "303-555-0100"
    assert [(c.form_data["name"], c.form_data["phone"]) for c in corrections] == [
        ("Pat Example", "303-555-0199"),
        ("Pat Example-Smith", "303-555-0199"),
    ]
    # The token table links them and holds nothing of the answers.
    tokens = list(SubmissionToken.objects.values_list("token", flat=True))
    assert all("0199" not in token and "Smith" not in token for token in tokens)

    verified_login(client, staff["front_desk"])
    html = client.get(f"/admin/forms/submissions/{appointment_page.pk}/").content.decode()
    assert html.count(f"Correction of request {first.pk}") == 2
    export = client.get(f"/admin/forms/submissions/{appointment_page.pk}/", {"export": "csv"})
    rows = list(csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode())))
    assert [row["Correction of request"] for row in rows] == ["", str(first.pk), str(first.pk)]


def test_the_same_answers_sent_again_are_still_stored_once(client, appointment_page):
    form = shown_form(client, appointment_page)
    for _ in range(3):
        post(client, appointment_page, form)
    assert FormSubmission.objects.count() == 1


def test_corrections_count_against_the_rate_limit(client, appointment_page, settings):
    settings.APPOINTMENT_RATE_LIMIT = 2
    form = shown_form(client, appointment_page)
    post(client, appointment_page, form)
    post(client, appointment_page, form, phone="303-555-0101")
    response = client.post(appointment_page.url, {**form, **REQUEST, "phone": "303-555-0102"})
    assert response.status_code == 429
    assert FormSubmission.objects.count() == 2
