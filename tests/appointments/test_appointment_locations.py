"""Appointment requests by location: preset by a link, stored with the request, told to that location,
and filtered by in the front desk's list. Nothing about the patient's health is added."""

import pytest
from django.core import mail
from wagtail.contrib.forms.models import FormSubmission

from appointments.models import RequestLocation
from tests.appointment_form import REQUEST, send
from tests.notifications import deliver_notifications
from tests.twofactor import verified_login


@pytest.fixture
def places(appointment_page, make_location, make_clinician):
    westminster = make_location("Westminster")
    arvada = make_location("Arvada", notification_email="arvada-desk@example.com")
    make_clinician("Jorge Castillo", locations=[arvada])
    make_clinician("Offline Person", live=False)
    appointment_page.to_address = "frontdesk@example.com"
    appointment_page.save_revision().publish()
    return {"westminster": westminster, "arvada": arvada}


def test_the_form_offers_live_locations_and_clinicians_and_presets_them_from_the_link(client, appointment_page, places):
    response = client.get(appointment_page.url, {"location": "arvada", "clinician": "jorge-castillo"})
    form = response.context["form"]
    assert [value for value, _ in form.fields["location"].choices] == ["", "Arvada", "Westminster"]
    assert [value for value, _ in form.fields["preferred_clinician"].choices] == ["", "Jorge Castillo"]
    assert form["location"].value() == "Arvada"
    assert form["preferred_clinician"].value() == "Jorge Castillo"


@pytest.mark.parametrize("slug", ["nowhere", "x" * 400, "arvada\x00", "<b>", "offline-person"])
def test_an_unknown_or_malformed_preset_is_ignored(client, appointment_page, places, slug):
    response = client.get(appointment_page.url, {"location": slug, "clinician": slug})
    assert response.status_code == 200
    assert response.context["form"]["location"].value() in (None, "")
    assert response.context["form"]["preferred_clinician"].value() in (None, "")


def test_the_request_records_its_location_and_tells_that_locations_desk(client, appointment_page, places):
    response = send(client, appointment_page, dict(REQUEST, location="Arvada", preferred_clinician="Jorge Castillo"))
    assert "Your request has been sent" in response.content.decode()
    submission = FormSubmission.objects.get()
    assert submission.form_data["location"] == "Arvada"
    assert submission.form_data["preferred_clinician"] == "Jorge Castillo"
    assert RequestLocation.objects.get(submission=submission).location_id == places["arvada"].pk

    deliver_notifications()
    (message,) = mail.outbox
    assert message.to == ["arvada-desk@example.com"]
    assert "Pat" not in message.body and "Arvada" not in message.body


def test_a_location_without_its_own_address_uses_the_pages(client, appointment_page, places):
    send(client, appointment_page, dict(REQUEST, location="Westminster"))
    deliver_notifications()
    (message,) = mail.outbox
    assert message.to == ["frontdesk@example.com"]


def test_no_location_chosen_is_a_valid_request(client, appointment_page, places):
    send(client, appointment_page, REQUEST)
    assert FormSubmission.objects.count() == 1
    assert not RequestLocation.objects.exists()


def test_a_made_up_location_is_refused_and_the_form_keeps_what_was_typed(client, appointment_page, places):
    response = send(client, appointment_page, dict(REQUEST, location="Atlantis"))
    assert "location" in response.context["form"].errors
    assert response.context["form"]["name"].value() == "Pat Example"
    assert not FormSubmission.objects.exists()


def test_the_front_desk_filters_requests_by_location(client, appointment_page, places, staff):
    send(client, appointment_page, dict(REQUEST, name="Ann Arvada", location="Arvada"))
    send(client, appointment_page, dict(REQUEST, name="Wes Westminster", location="Westminster"))
    verified_login(client, staff["front_desk"])
    url = f"/admin/forms/submissions/{appointment_page.pk}/"
    listing = client.get(url, {"location": places["arvada"].pk}).content.decode()
    assert "Ann Arvada" in listing
    assert "Wes Westminster" not in listing
    everyone = client.get(url).content.decode()
    assert "Ann Arvada" in everyone and "Wes Westminster" in everyone
    assert client.get(url, {"location": "not-a-number"}).status_code == 200
