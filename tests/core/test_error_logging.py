"""Production 500s reach stderr, with the request's id and without the posted form."""

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# A production process whose request handling fails inside the middleware stack on a form post.
SCRIPT = textwrap.dedent(
    """
    import json
    from unittest import mock

    import django
    django.setup()
    from django.test import Client

    client = Client(raise_request_exception=False)
    with mock.patch("core.request_limits.declared_charset", side_effect=RuntimeError("boom")):
        response = client.post(
            "/request-an-appointment/", {"name": "Pat Example", "phone": "303-555-0100"}, secure=True
        )
    print(json.dumps({"status": response.status_code, "id": response["X-Request-ID"]}))
    """
)


def run_production(tmp_path, **env):
    base = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_URL", "DJANGO_SETTINGS_MODULE"))}
    base.update(
        DJANGO_SETTINGS_MODULE="clinic_site.settings.production",
        SECRET_KEY="k" * 64,
        ALLOWED_HOSTS="testserver",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        **env,
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", SCRIPT], cwd=ROOT, env=base, capture_output=True, text=True, timeout=120
    )
    return json.loads(result.stdout.strip().splitlines()[-1]), result.stderr


def test_a_500_is_logged_to_stderr_with_its_request_id_and_no_form_data(tmp_path):
    answer, stderr = run_production(tmp_path)
    assert answer["status"] == 500
    assert f"[{answer['id']}] django.request: Internal Server Error: /request-an-appointment/" in stderr
    assert "RuntimeError: boom" in stderr  # the traceback, for the developer
    for detail in ("Pat Example", "Pat+Example", "303-555-0100"):
        assert detail not in stderr


def test_the_id_a_proxy_sends_is_kept_and_a_forged_one_replaced(client, db):
    assert client.get("/robots.txt", HTTP_X_REQUEST_ID="req-0123456789abcdef")["X-Request-ID"] == (
        "req-0123456789abcdef"
    )
    forged = client.get("/robots.txt", HTTP_X_REQUEST_ID="x\n2026-01-01 ERROR fake line")["X-Request-ID"]
    assert "\n" not in forged and len(forged) == 32
