"""`make demo-users`: one account per role, each with a random password printed once; never in production."""

import io
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.urls import reverse

from demo.management.commands.create_demo_users import ACCOUNTS

ROOT = Path(__file__).resolve().parents[2]


def create_with_codes():
    """({username: password}, {username: [one-time sign-in codes]}) as the command printed them."""
    out = io.StringIO()
    call_command("create_demo_users", stdout=out)
    lines = [line for line in out.getvalue().splitlines() if line.startswith("demo-")]
    passwords = {line.split()[0]: line.split()[1] for line in lines}
    codes = {line.split()[0]: line.split("codes: ")[1].split(", ") for line in lines if "codes: " in line}
    return passwords, codes


def create():
    return create_with_codes()[0]


@pytest.fixture
def allowed(settings):
    settings.DEMO_USERS_ALLOWED = True


def test_one_account_per_role_signs_in_with_the_printed_password(db, allowed, client):
    passwords, codes = create_with_codes()
    assert sorted(codes) == ["demo-admin", "demo-frontdesk"]
    assert sorted(passwords) == sorted(username for username, *_ in ACCOUNTS)
    for username, group, *_ in ACCOUNTS:
        user = get_user_model().objects.get(username=username)
        assert [g.name for g in user.groups.all()] == ([group] if group else [])
        assert user.is_superuser == (group is None)
        assert client.login(username=username, password=passwords[username])
        if username in codes:
            # Roles that see patient data pass the second step with a printed one-time code.
            assert client.get("/admin/").status_code == 302
            assert client.post(reverse("twofactor_verify"), {"code": codes[username][0]}).status_code == 302
        assert client.get("/admin/").status_code == 200
        client.logout()


def test_running_again_gives_new_passwords_and_no_duplicates(db, allowed):
    first, second = create(), create()
    assert all(first[name] != second[name] for name in first)
    assert get_user_model().objects.filter(username__startswith="demo-").count() == len(ACCOUNTS)
    assert len(set(second.values())) == len(ACCOUNTS)


def test_refused_unless_the_settings_allow_it(db, settings):
    settings.DEMO_USERS_ALLOWED = False
    with pytest.raises(CommandError, match="do not allow"):
        call_command("create_demo_users", stdout=io.StringIO())
    assert not get_user_model().objects.filter(username__startswith="demo-").exists()


@pytest.mark.parametrize("module,allowed", [("production", False), ("dev", True)])
def test_production_settings_do_not_allow_demo_accounts(module, allowed):
    code = f"import clinic_site.settings.{module} as s; print(getattr(s, 'DEMO_USERS_ALLOWED', False))"
    env = {**os.environ, "SECRET_KEY": secrets.token_urlsafe(64)}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)  # noqa: S603
    assert result.stdout.strip() == str(allowed), result.stderr
