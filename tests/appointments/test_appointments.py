import pytest
from wagtail.contrib.forms.models import FormSubmission

from tests.appointment_form import send

VALID = {
    "name": "Pat Example",
    "phone": "303-555-0100",
    "email": "pat@example.com",
    "preferred_contact_method": "Phone call",
    "treatment": "Dry Needling",
    "preferred_days_and_times": ["Weekday mornings", "Saturday"],
    "i_agree_to_be_contacted_about_this_request": "on",
}


def test_form_offers_live_treatments_and_presets_the_one_asked_for(client, appointment_page, make_treatment):
    make_treatment("Dry Needling")
    make_treatment("Cupping Therapy", live=False)
    response = client.get(appointment_page.url, {"treatment": "dry-needling"})
    assert response.status_code == 200
    form = response.context["form"]
    choices = [value for value, _ in form.fields["treatment"].choices]
    assert "Dry Needling" in choices
    assert "Cupping Therapy" not in choices
    assert form["treatment"].value() == "Dry Needling"
    assert '<option value="Dry Needling" selected>' in response.content.decode()


@pytest.mark.parametrize("slug", ["no-such-thing", "x" * 400, "dry-needling\x00", "\x00", "<b>", "dry needling"])
def test_unknown_or_malformed_treatment_slug_is_ignored(client, appointment_page, make_treatment, slug):
    make_treatment("Dry Needling")
    response = client.get(appointment_page.url, {"treatment": slug})
    assert response.status_code == 200
    assert response.context["form"]["treatment"].value() in (None, "")


def test_null_characters_in_a_request_are_refused_politely(client, appointment_page, make_treatment):
    make_treatment("Dry Needling")
    response = send(client, appointment_page, dict(VALID, name="Pat\x00", treatment="Dry\x00"))
    assert response.status_code == 200
    assert {"name", "treatment"} <= set(response.context["form"].errors)
    assert not FormSubmission.objects.exists()


def test_a_valid_request_is_stored_and_thanked(client, appointment_page, make_treatment):
    make_treatment("Dry Needling")
    response = send(client, appointment_page, VALID)
    assert response.status_code == 200
    assert "Thank you" in response.content.decode()
    submission = FormSubmission.objects.get(page=appointment_page)
    assert submission.form_data["name"] == "Pat Example"
    assert submission.form_data["treatment"] == "Dry Needling"
    assert submission.form_data["preferred_days_and_times"] == ["Weekday mornings", "Saturday"]


def test_an_invalid_request_keeps_what_was_typed_and_explains_each_error(client, appointment_page, make_treatment):
    make_treatment("Dry Needling")
    data = dict(VALID, email="not-an-email")
    del data["i_agree_to_be_contacted_about_this_request"]
    del data["phone"]

    response = send(client, appointment_page, data)

    assert response.status_code == 200
    assert not FormSubmission.objects.exists()
    form = response.context["form"]
    assert set(form.errors) == {"email", "phone", "i_agree_to_be_contacted_about_this_request"}
    html = response.content.decode()
    assert 'value="Pat Example"' in html
    assert 'value="not-an-email"' in html
    assert '<option value="Dry Needling" selected>' in html
    assert 'value="Weekday mornings" checked' in html or ('value="Weekday mornings"' in html and "checked" in html)
    # Each error sits next to its field and is announced with it.
    email_input = html[html.index('name="email"') - 300 : html.index('name="email"') + 300]
    assert 'aria-invalid="true"' in email_input
    assert "Enter a valid email address." in html


def test_submissions_are_listed_in_the_admin(admin_client, appointment_page, make_treatment):
    make_treatment("Dry Needling")
    FormSubmission.objects.create(page=appointment_page, form_data=dict(VALID, name="Listed Person"))
    response = admin_client.get(f"/admin/forms/submissions/{appointment_page.pk}/")
    assert response.status_code == 200
    assert "Listed Person" in response.content.decode()
