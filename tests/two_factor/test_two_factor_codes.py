"""Two-step sign-in codes: set-up, wrong and replayed codes, throttling, recovery codes, and a lost phone."""

import re
import time

import pytest
from django.contrib.sessions.models import Session
from django.core.management import CommandError, call_command
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.core.test_security_headers import policy
from tests.twofactor import totp_code, verified_login

PASSWORD = "correct horse battery staple"  # tests/conftest.py make_staff


@pytest.fixture
def desk(client, staff):
    user = staff["front_desk"]
    assert client.post("/admin/login/", {"username": user.username, "password": PASSWORD}).status_code == 302
    return user


def recovery_codes(response):
    return re.findall(r"<li><code>([a-z2-7]{8})</code></li>", response.content.decode())


def test_set_up_page_shows_an_inline_qr_code_and_the_key_within_the_admin_policy(client, desk):
    response = client.get("/admin/two-step/set-up/")
    html = response.content.decode()
    device = TOTPDevice.objects.get(user=desk, confirmed=False)
    qr = re.search(r'<figure class="twofactor-qr">\s*(<svg.*?</svg>)', html, re.S).group(1)
    assert "<script" not in qr and "style=" not in qr and "href" not in qr
    assert "<path" in qr and "<img" not in html.split('class="twofactor-qr"')[1].split("</figure>")[0]
    secret = re.search(r"<code data-twofactor-secret>([A-Z2-7 ]+)</code>", html).group(1)
    assert secret.replace(" ", "") in device.config_url
    assert policy(response)["img-src"] == ["'self'", "data:", "blob:"], "the admin's own policy, unchanged"
    assert client.get("/admin/two-step/set-up/").content.decode().count(secret) == 1, "same key on reload"


def test_a_wrong_code_at_set_up_keeps_the_key_and_says_so(client, desk):
    client.get("/admin/two-step/set-up/")
    device = TOTPDevice.objects.get(user=desk, confirmed=False)
    for code in ["000000", "", "abc", "1" * 40, "12 34 56\x00"]:
        response = client.post("/admin/two-step/set-up/", {"code": code})
        assert response.status_code == 200, code
        assert b'aria-invalid="true"' in response.content or b"error" in response.content, code
    assert TOTPDevice.objects.filter(user=desk, confirmed=True).count() == 0
    assert TOTPDevice.objects.get(user=desk).pk == device.pk


def test_set_up_confirms_the_app_gives_recovery_codes_and_confirms_the_session(client, desk, appointment_page):
    client.get("/admin/two-step/set-up/")
    device = TOTPDevice.objects.get(user=desk, confirmed=False)
    code = totp_code(device)
    response = client.post("/admin/two-step/set-up/", {"code": f" {code[:3]} {code[3:]} "})
    codes = recovery_codes(response)
    assert len(codes) == 10 and len(set(codes)) == 10
    assert TOTPDevice.objects.get(user=desk).confirmed
    assert sorted(StaticToken.objects.filter(device__user=desk).values_list("token", flat=True)) == sorted(codes)
    assert client.get(f"/admin/forms/submissions/{appointment_page.pk}/").status_code == 200


def test_a_code_works_once_and_wrong_codes_slow_the_next_try(client, staff, desk):
    device = TOTPDevice.objects.create(user=desk, name="Phone", confirmed=True)
    code = totp_code(device)
    assert client.post("/admin/two-step/code/", {"code": code})["Location"] == "/admin/"
    assert client.post("/admin/logout/").status_code == 302
    client.post("/admin/login/", {"username": desk.username, "password": PASSWORD})
    replay = client.post("/admin/two-step/code/", {"code": code})
    assert replay.status_code == 200 and b"did not work" in replay.content, "the same code cannot be used twice"
    right_now = client.post("/admin/two-step/code/", {"code": totp_code(device, at=time.time() + 30)})
    assert right_now.status_code == 200 and b"Too many wrong codes" in right_now.content


def test_each_recovery_code_works_once_and_the_rest_are_counted(client, desk):
    verified_login(client, desk)
    codes = recovery_codes(client.post("/admin/two-step/", {"action": "new-codes"}))
    assert len(codes) == 10
    assert client.post("/admin/logout/").status_code == 302
    client.post("/admin/login/", {"username": desk.username, "password": PASSWORD})
    response = client.post("/admin/two-step/code/", {"code": codes[0].upper()}, follow=True)
    assert response.redirect_chain[-1][0] == "/admin/"
    assert b"You have 9 left" in response.content
    assert client.post("/admin/logout/").status_code == 302
    client.post("/admin/login/", {"username": desk.username, "password": PASSWORD})
    assert client.post("/admin/two-step/code/", {"code": codes[0]}).status_code == 200, "used up"


def test_new_recovery_codes_replace_the_old_ones(client, desk):
    verified_login(client, desk)
    first = recovery_codes(client.post("/admin/two-step/", {"action": "new-codes"}))
    second = recovery_codes(client.post("/admin/two-step/", {"action": "new-codes"}))
    assert not set(first) & set(second)
    assert StaticDevice.objects.filter(user=desk).count() == 1
    assert StaticToken.objects.filter(device__user=desk).count() == 10


def test_lost_phone_command_removes_the_devices_and_ends_the_sessions(client, staff, desk):
    verified_login(client, desk)
    StaticDevice.objects.create(user=desk, name="Recovery codes", confirmed=True)
    other = verified_login(type(client)(), staff["admin"])
    call_command("remove_two_factor", desk.username, stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert not TOTPDevice.objects.filter(user=desk).exists() and not StaticDevice.objects.filter(user=desk).exists()
    assert client.get("/admin/")["Location"].startswith("/admin/login/"), "signed out everywhere"
    assert TOTPDevice.objects.filter(pk=other.pk).exists() and Session.objects.count() == 1
    client.post("/admin/login/", {"username": desk.username, "password": PASSWORD})
    assert client.get("/admin/")["Location"].startswith("/admin/two-step/set-up/"), "sets it up again"


def test_lost_phone_command_names_an_unknown_user(db):
    with pytest.raises(CommandError, match="No user named 'nobody'"):
        call_command("remove_two_factor", "nobody")


def test_a_code_for_a_kind_of_device_the_user_lacks_is_simply_wrong(client, desk):
    TOTPDevice.objects.create(user=desk, name="Phone", confirmed=True)
    response = client.post("/admin/two-step/code/", {"code": "abcdefgh"})
    assert response.status_code == 200 and b"did not work" in response.content
