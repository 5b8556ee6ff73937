"""The Spanish form stores its requests as Spanish, so the front desk replies in Spanish; the email says nothing
about the patient in either language."""

from django.core import mail
from wagtail.contrib.forms.models import FormSubmission

from tests.appointment_form import REQUEST, send
from tests.notifications import deliver_notifications
from tests.twofactor import verified_login

SPANISH_REQUEST = {
    "nombre": "Paz Ejemplo",
    "telefono": "303-555-0101",
    "correo_electronico": "paz@example.com",
    "forma_de_contacto_preferida": "Llamada",
    "acepto_que_me_contacten_sobre_esta_solicitud": "on",
}


def test_the_spanish_form_is_in_spanish(client, clinic_settings, spanish_appointment_page):
    html = client.get("/es/pedir-una-cita/").content.decode()
    assert 'lang="es"' in html
    assert "Enviar solicitud" in html
    assert "(obligatorio)" in html


def test_a_spanish_request_is_stored_as_spanish(client, clinic_settings, spanish_appointment_page):
    response = send(client, spanish_appointment_page, SPANISH_REQUEST)
    assert response.status_code == 200
    assert "Hemos recibido su solicitud" in response.content.decode()
    submission = FormSubmission.objects.get(page=spanish_appointment_page)
    assert submission.appointment_token.language == "es"


def test_an_english_request_is_stored_as_english(client, clinic_settings, appointment_page, spanish_home):
    assert send(client, appointment_page, REQUEST).status_code == 200
    assert FormSubmission.objects.get(page=appointment_page).appointment_token.language == "en"


def test_the_notification_carries_no_patient_details(client, clinic_settings, spanish_appointment_page):
    spanish_appointment_page.to_address = "frontdesk@example.com"
    spanish_appointment_page.save_revision().publish()
    send(client, spanish_appointment_page, SPANISH_REQUEST)
    deliver_notifications()
    (message,) = mail.outbox
    for detail in SPANISH_REQUEST.values():
        if detail != "on":
            assert detail not in message.body
            assert detail not in message.subject


def test_the_front_desk_sees_the_language(client, clinic_settings, spanish_appointment_page, staff):
    send(client, spanish_appointment_page, SPANISH_REQUEST)
    verified_login(client, staff["front_desk"])
    listing = client.get(f"/admin/forms/submissions/{spanish_appointment_page.pk}/").content.decode()
    assert "Reply in:" in listing
    assert "Español" in listing
    export = client.get(f"/admin/forms/submissions/{spanish_appointment_page.pk}/", {"export": "csv"})
    assert "Español" in b"".join(export.streaming_content).decode() if export.streaming else export.content.decode()
