"""Spam traps on the appointment form: robots are not stored, people are told what to do and lose nothing."""

import re
import time

import pytest
from django.core import signing
from wagtail.contrib.forms.models import FormSubmission

from appointments.guard import SALT
from tests.appointment_form import hidden_fields, send, shown_form

REQUEST = {
    "name": "Pat Example",
    "phone": "303-555-0100",
    "email": "pat@example.com",
    "preferred_contact_method": "Text message",
    "treatment": "",
    "preferred_days_and_times": ["Saturday"],
    "i_agree_to_be_contacted_about_this_request": "on",
}


def assert_kept(html):
    """What the person typed is in the form again."""
    assert 'value="Pat Example"' in html
    assert 'value="303-555-0100"' in html
    assert 'value="pat@example.com"' in html
    assert re.search(r'value="Text message"[^>]*checked', html)
    assert re.search(r'value="Saturday"[^>]*checked', html)


def test_the_honeypot_is_hidden_from_people_and_out_of_the_tab_order(client, appointment_page):
    html = client.get(appointment_page.url).content.decode()
    start = html.index('name="guard-website"')
    trap = html[html.rindex("<div", 0, start) : html.index("</div>", start)]
    assert 'class="visually-hidden"' in trap and 'aria-hidden="true"' in trap
    assert 'tabindex="-1"' in trap and 'autocomplete="off"' in trap
    assert "Leave this field empty" in trap
    assert "style=" not in trap  # hidden by the stylesheet: a strict Content-Security-Policy allows no inline style


def test_a_robot_filling_the_honeypot_is_thanked_and_nothing_is_stored(client, appointment_page, caplog):
    response = send(client, appointment_page, {**REQUEST, "guard-website": "https://spam.example"})
    assert response.status_code == 200
    assert "Your request has been sent" in response.content.decode()
    assert not FormSubmission.objects.exists()
    assert "not stored: honeypot" in caplog.text


def test_a_form_sent_too_fast_is_not_stored_and_comes_back_filled_in(client, appointment_page, settings):
    settings.APPOINTMENT_MIN_SECONDS = 3
    response = send(client, appointment_page, REQUEST)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Your request has not been sent yet" in html
    assert "quicker than we expected" in html
    assert_kept(html)
    assert not FormSubmission.objects.exists()


def test_the_same_form_sent_again_after_waiting_is_stored(client, appointment_page, settings):
    settings.APPOINTMENT_MIN_SECONDS = 1
    first = send(client, appointment_page, REQUEST)
    assert "quicker than we expected" in first.content.decode()
    time.sleep(1.1)
    # The form came back with the stamp it was first shown with: the time already waited counts.
    again = client.post(appointment_page.url, {**hidden_fields(first.content.decode()), **REQUEST})
    assert "Your request has been sent" in again.content.decode()
    assert FormSubmission.objects.count() == 1


@pytest.mark.parametrize(
    "stamp",
    [
        "",
        "not-a-stamp",
        signing.dumps({"token": "chosen", "shown": 0}, salt="another.salt"),
        signing.dumps({"token": "chosen", "shown": 0}, key="not-the-secret-key", salt=SALT),
        signing.dumps(["token", 0], salt=SALT),
    ],
    ids=["missing", "garbage", "other-salt", "forged", "wrong-shape"],
)
def test_a_missing_or_altered_stamp_is_refused_and_the_form_renewed(client, appointment_page, stamp):
    data = {**shown_form(client, appointment_page), **REQUEST, "guard-stamp": stamp}
    response = client.post(appointment_page.url, data)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Your request has not been sent yet" in html
    assert_kept(html)
    assert not FormSubmission.objects.exists()
    renewed = hidden_fields(html)["guard-stamp"]
    assert renewed and renewed != stamp
    # The renewed form can be sent.
    client.post(appointment_page.url, {**hidden_fields(html), **REQUEST})
    assert FormSubmission.objects.count() == 1


def test_a_form_left_open_for_more_than_a_day_is_renewed(client, appointment_page, settings):
    settings.APPOINTMENT_FORM_MAX_AGE = 1
    fields = shown_form(client, appointment_page)
    time.sleep(2.1)  # signatures carry whole seconds
    response = client.post(appointment_page.url, {**fields, **REQUEST})

    html = response.content.decode()
    assert "open for more than a day" in html
    assert_kept(html)
    assert not FormSubmission.objects.exists()


def test_the_form_is_never_cached(client, appointment_page):
    response = client.get(appointment_page.url)
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    # Each showing of the form gets its own stamp.
    assert shown_form(client, appointment_page)["guard-stamp"] != shown_form(client, appointment_page)["guard-stamp"]


def test_the_submit_button_script_is_a_deferred_file(client, appointment_page):
    html = client.get(appointment_page.url).content.decode()
    assert '<script src="/static/js/submit-once.js" defer></script>' in html
    assert "<script>" not in html
