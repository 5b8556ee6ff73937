"""A patient whose CSRF cookie is missing gets the form back, filled in, with a message and the phone number."""

import pytest
from django.conf import settings
from django.test import Client
from wagtail.contrib.forms.models import FormSubmission

from tests.appointment_form import hidden_fields

REQUEST = {
    "name": "Pat Example",
    "phone": "303-555-0100",
    "email": "pat@example.com",
    "preferred_contact_method": "Text message",
    "preferred_days_and_times": ["Weekday evenings", "Saturday"],
    "i_agree_to_be_contacted_about_this_request": "on",
}


@pytest.fixture
def browser():
    return Client(enforce_csrf_checks=True, raise_request_exception=False)


def shown(browser, page):
    response = browser.get(page.url)
    assert response.status_code == 200
    return hidden_fields(response.content.decode())


@pytest.mark.parametrize("cookie", ["missing", "stale"])
def test_the_form_comes_back_filled_in_and_can_then_be_sent(browser, appointment_page, clinic_settings, cookie):
    data = {**shown(browser, appointment_page), **REQUEST}
    if cookie == "missing":
        del browser.cookies[settings.CSRF_COOKIE_NAME]
    else:
        browser.cookies[settings.CSRF_COOKIE_NAME] = "x" * 32

    response = browser.post(appointment_page.url, data)

    assert response.status_code == 403
    html = response.content.decode()
    assert "Your request has not been sent yet" in html and "security cookie" in html
    assert "(303) 555-0142" in html
    assert 'value="Pat Example"' in html and 'value="pat@example.com"' in html
    form = response.context["form"]
    assert form["preferred_contact_method"].value() == "Text message"
    assert form["preferred_days_and_times"].value() == ["Weekday evenings", "Saturday"]
    assert form["i_agree_to_be_contacted_about_this_request"].value() is True
    assert not form.errors
    assert "no-store" in response["Cache-Control"]
    assert not FormSubmission.objects.exists()

    # The page came with a new token and cookie: sending it again works, with the same one-time stamp.
    again = {**hidden_fields(html), **REQUEST}
    assert again["guard-stamp"] == data["guard-stamp"]
    assert browser.post(appointment_page.url, again).status_code == 200
    assert FormSubmission.objects.get().form_data["name"] == "Pat Example"


@pytest.mark.parametrize("url", ["/", "/search/", "/no-such-page/", "/admin/login/"])
def test_other_urls_keep_djangos_refusal_and_never_a_500(browser, appointment_page, url):
    response = browser.post(url, {"name": "Pat Example"})
    assert response.status_code == 403


def test_odd_posts_to_the_form_are_never_a_500(browser, appointment_page):
    for data in ({}, {"preferred_days_and_times": "\x00"}, {"guard-stamp": "forged", "name": "x" * 5000}):
        assert browser.post(appointment_page.url, data).status_code == 403
    assert not FormSubmission.objects.exists()
