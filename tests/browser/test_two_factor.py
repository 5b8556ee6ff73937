"""Two-step sign-in in Chromium: the front desk sets up an app at first sign-in, then signs in with codes.

The code is computed here from the device's key, as the staff member's authenticator app would. Any console
error (a Content-Security-Policy violation by the QR code included) fails the test.
"""

import re
import time

import pytest
from django.contrib.auth.models import Group, User
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect
from wagtail.contrib.forms.models import FormSubmission

from appointments.models import AppointmentPage
from core.roles import FRONT_DESK
from tests.twofactor import totp_code

PASSWORD = "a long and unguessable test password"


@pytest.fixture
def desk(chromium, demo_site):
    user = User.objects.create_user("frank", "frank@example.com", PASSWORD, first_name="Frank")
    user.groups.add(Group.objects.get(name=FRONT_DESK))
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield user, page, errors
    context.close()


def sign_in_with_password(page, base, user):
    page.goto(base + "/admin/login/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def test_front_desk_sets_up_the_app_then_signs_in_with_a_code(desk, demo_site):
    user, page, errors = desk
    appointments = AppointmentPage.objects.get(locale__language_code="en")
    FormSubmission.objects.create(page=appointments, form_data={"name": "Pat Example", "phone": "303 555 0100"})
    requests_url = f"{demo_site}/admin/forms/submissions/{appointments.pk}/"

    sign_in_with_password(page, demo_site, user)
    page.wait_for_url(re.compile(r"/admin/two-step/set-up/"))
    expect(page.get_by_role("heading", name="Set up two-step sign-in")).to_be_visible()
    expect(page.locator("figure.twofactor-qr svg")).to_be_visible()
    page.goto(requests_url)  # nothing else opens before set-up
    page.wait_for_url(re.compile(r"/admin/two-step/set-up/"))
    assert page.get_by_text("Pat Example").count() == 0

    device = TOTPDevice.objects.get(user=user, confirmed=False)
    key = page.locator("[data-twofactor-secret]").inner_text().replace(" ", "")
    assert key in device.config_url, "the key shown is the one the app needs"
    page.get_by_label("Code from the app").fill(totp_code(device))
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("heading", name="Your recovery codes")).to_be_visible()
    assert page.locator("[data-twofactor-codes] li").count() == 10
    page.get_by_role("link", name="I have saved them: continue").click()
    page.wait_for_url(requests_url)
    expect(page.get_by_role("cell", name="Pat Example")).to_be_visible()

    page.get_by_role("button", name="Frank").click()  # the account menu in the sidebar
    page.get_by_text("Log out").click()
    page.wait_for_url(re.compile(r"/admin/login/"))
    sign_in_with_password(page, demo_site, user)
    page.wait_for_url(re.compile(r"/admin/two-step/code/"))
    page.get_by_label("Code").fill("000000")
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_text("That code did not work")).to_be_visible()
    time.sleep(1.1)  # django-otp makes the next try after a wrong code wait a second
    device.refresh_from_db()
    page.get_by_label("Code").fill(totp_code(device, at=time.time() + device.step))  # the app's next code
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url(demo_site + "/admin/")
    page.get_by_role("link", name="Appointment requests").click()
    page.wait_for_url(requests_url)
    expect(page.get_by_role("cell", name="Pat Example")).to_be_visible()
    assert errors == []
