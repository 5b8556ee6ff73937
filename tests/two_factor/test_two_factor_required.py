"""Staff who can see patient data pass two-step sign-in before any admin page; the rest may choose it."""

import pytest
from django.contrib.auth.models import Group, Permission
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.contrib.forms.models import FormSubmission

from tests.twofactor import totp_code, verified_login

PASSWORD = "correct horse battery staple"  # tests/conftest.py make_staff


def sign_in(client, user):
    response = client.post("/admin/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302, "the password step itself is unchanged"
    return response


@pytest.fixture
def requests_page(appointment_page):
    FormSubmission.objects.create(page=appointment_page, form_data={"name": "Pat Example", "phone": "303 555 0100"})
    return appointment_page


def admin_urls(page):
    """Every kind of admin screen, patient data first."""
    return [
        f"/admin/forms/submissions/{page.pk}/",
        f"/admin/forms/submissions/{page.pk}/?export=csv",
        f"/admin/forms/submissions/{page.pk}/?export=xlsx",
        "/admin/",
        "/admin/pages/",
        "/admin/users/",
        "/admin/account/",
        "/admin/two-step/",
        "/admin/no-such-screen/",
    ]


@pytest.mark.parametrize("role", ["front_desk", "admin"])
def test_patient_data_roles_must_set_up_before_any_admin_page(client, staff, requests_page, role):
    sign_in(client, staff[role])
    for url in admin_urls(requests_page):
        for method in (client.get, client.post):
            response = method(url)
            assert response.status_code == 302, (url, method)
            assert response["Location"].startswith("/admin/two-step/set-up/?next="), (url, response["Location"])
    enrol = client.get("/admin/two-step/set-up/")
    assert enrol.status_code == 200
    assert b"Pat Example" not in enrol.content


@pytest.mark.parametrize("role", ["front_desk", "admin"])
def test_an_enrolled_member_of_staff_types_a_code_after_every_password_sign_in(client, staff, requests_page, role):
    device = TOTPDevice.objects.create(user=staff[role], name="Phone", confirmed=True)
    sign_in(client, staff[role])
    for url in admin_urls(requests_page):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/admin/two-step/code/?next="), url
    submissions = f"/admin/forms/submissions/{requests_page.pk}/"
    response = client.post("/admin/two-step/code/", {"code": totp_code(device), "next": submissions})
    assert response.status_code == 302 and response["Location"] == submissions
    assert b"Pat Example" in client.get(submissions).content
    assert client.post("/admin/logout/").status_code == 302
    sign_in(client, staff[role])
    assert client.get(submissions).status_code == 302, "a new sign-in needs a new code"


def test_the_sign_in_page_and_what_it_loads_stay_open(client, staff):
    sign_in(client, staff["front_desk"])
    for url in ["/admin/sprite/", "/admin/jsi18n/"]:
        assert client.get(url).status_code == 200, url
    assert client.get("/admin/login/").status_code in (200, 302)
    client.post("/admin/logout/")
    assert "_auth_user_id" not in client.session


def test_anyone_given_the_right_to_read_requests_must_use_it(client, make_staff, requests_page):
    """Not only the Front desk group: whatever group grants the appointment requests."""
    group = Group.objects.create(name="Practice managers")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="view_formsubmission")
    )
    manager = make_staff("pat", "Practice managers")
    sign_in(client, manager)
    response = client.get(f"/admin/forms/submissions/{requests_page.pk}/")
    assert response["Location"].startswith("/admin/two-step/set-up/")


@pytest.mark.parametrize("role", ["editor", "reviewer"])
def test_other_roles_may_go_without(client, staff, role):
    sign_in(client, staff[role])
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/two-step/").status_code == 200
    assert client.get("/admin/two-step/code/")["Location"] == "/admin/", "nothing to confirm without an app"


def test_other_roles_may_turn_it_on_and_then_need_it(client, staff):
    editor = staff["editor"]
    sign_in(client, editor)
    assert b"Two-step sign-in" in client.get("/admin/account/").content
    client.get("/admin/two-step/set-up/")
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    response = client.post("/admin/two-step/set-up/", {"code": totp_code(device)})
    assert response.status_code == 200 and b"Your recovery codes" in response.content
    assert client.post("/admin/logout/").status_code == 302
    sign_in(client, editor)
    assert client.get("/admin/pages/")["Location"].startswith("/admin/two-step/code/")


def test_only_roles_that_may_go_without_can_turn_it_off(client, staff):
    for role, may in [("editor", True), ("front_desk", False), ("admin", False)]:
        verified_login(client, staff[role])
        StaticDevice.objects.create(user=staff[role], name="Recovery codes", confirmed=True)
        assert client.post("/admin/two-step/", {"action": "turn-off"}).status_code in (200, 302)
        still_on = TOTPDevice.objects.filter(user=staff[role]).exists()
        assert still_on is not may, role
        page = client.get("/admin/two-step/").content.decode()
        assert ("Turn off two-step sign-in" in page) is (may and still_on), role


def test_the_menu_is_empty_until_the_session_is_confirmed(client, staff, requests_page):
    sign_in(client, staff["front_desk"])
    enrol = client.get("/admin/two-step/set-up/").content.decode()
    assert "Appointment requests" not in enrol
    verified_login(client, staff["front_desk"])
    assert "Appointment requests" in client.get("/admin/").content.decode()


def test_public_pages_are_unaffected(client, staff, home_page):
    sign_in(client, staff["front_desk"])
    assert client.get("/").status_code == 200


def test_the_code_page_sends_nowhere_but_this_site(client, staff):
    device = TOTPDevice.objects.create(user=staff["admin"], name="Phone", confirmed=True)
    sign_in(client, staff["admin"])
    response = client.post("/admin/two-step/code/", {"code": totp_code(device), "next": "https://evil.example/"})
    assert response["Location"] == "/admin/"
