"""`manage.py check --deploy` with the production settings: no warning, nothing silenced."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_deploy_check_is_clean_with_nothing_silenced(tmp_path):
    # DJANGO_ALLOW_ASYNC_UNSAFE is set by the browser tests' harness, not by any deployment.
    harness = ("SECURE_", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE")
    env = {k: v for k, v in os.environ.items() if not k.startswith(harness)}
    env.update(DJANGO_SETTINGS_MODULE="clinic_site.settings.production", SECRET_KEY=secrets.token_urlsafe(64))
    # Not the developer's own database, whose Site may well be local (tests/core/test_site_address.py checks that).
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    code = "import django; django.setup(); from django.conf import settings; print(settings.SILENCED_SYSTEM_CHECKS)"
    silenced = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)  # noqa: S603
    assert silenced.stdout.strip() == "[]", silenced.stderr
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
