"""The appointment form in a browser: one request per double click; a request not stored comes back filled in."""

import re

from wagtail.contrib.forms.models import FormSubmission


def fill_in(page):
    page.get_by_label(re.compile(r"^Name\b")).fill("Pat Example")
    page.get_by_label(re.compile(r"^Phone( \(required\))?$")).fill("303 555 0100")
    page.get_by_label("Text message", exact=True).check()
    page.get_by_label(re.compile("^I agree to be contacted")).check()


COUNT_SUBMITS = """() => {
    window.submits = 0;
    document.querySelector("form.form").addEventListener("submit", (event) => {
        window.submits += 1;
        event.preventDefault();  // stay on the page to look at the button
    });
}"""


def test_after_the_first_click_the_button_is_disabled(page, demo_site):
    page.goto(demo_site + "/request-an-appointment/")
    fill_in(page)
    page.evaluate(COUNT_SUBMITS)

    page.get_by_role("button", name="Send request").dblclick()

    assert page.evaluate("window.submits") == 1
    button = page.locator("form.form button[type=submit]")
    assert button.is_disabled()
    assert button.inner_text() == "Sending…"


def test_a_double_click_stores_one_request(page, demo_site):
    page.goto(demo_site + "/request-an-appointment/")
    fill_in(page)
    page.get_by_role("button", name="Send request").dblclick()
    page.get_by_role("heading", name="Your request has been sent").wait_for()
    assert FormSubmission.objects.count() == 1


def test_a_form_that_was_out_of_date_comes_back_filled_in_and_can_be_sent(page, demo_site):
    page.goto(demo_site + "/request-an-appointment/")
    fill_in(page)
    page.locator("input[name='guard-stamp']").evaluate("input => { input.value = 'out-of-date'; }")
    page.get_by_role("button", name="Send request").click()

    alert = page.get_by_role("alert")
    alert.wait_for()
    assert "Your request has not been sent yet" in alert.inner_text()
    assert page.get_by_label(re.compile(r"^Name\b")).input_value() == "Pat Example"
    assert page.get_by_label("Text message", exact=True).is_checked()
    assert not FormSubmission.objects.exists()

    page.get_by_role("button", name="Send request").click()
    page.get_by_role("heading", name="Your request has been sent").wait_for()
    assert FormSubmission.objects.get().form_data["name"] == "Pat Example"
