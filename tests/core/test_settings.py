import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def import_settings(module, **env):
    clean_env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DATABASE_URL"}}
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", f"import {module}"],
        cwd=ROOT,
        env={**clean_env, **env},
        capture_output=True,
        text=True,
    )


@pytest.mark.parametrize("secret", [None, "", "short", "dev-only-insecure-key-never-use-in-production" * 2])
def test_production_refuses_to_start_without_a_real_secret_key(secret):
    env = {} if secret is None else {"SECRET_KEY": secret}
    result = import_settings("clinic_site.settings.production", **env)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_starts_with_a_real_secret_key():
    result = import_settings("clinic_site.settings.production", SECRET_KEY="k" * 64)
    assert result.returncode == 0, result.stderr


def test_database_url_selects_the_database():
    code = "import clinic_site.settings.base as s; print(s.DATABASES['default']['ENGINE'])"
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    sqlite = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)  # noqa: S603
    postgres = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**env, "DATABASE_URL": "postgres://u@127.0.0.1:5432/clinic"},
        capture_output=True,
        text=True,
    )
    assert sqlite.stdout.strip() == "django.db.backends.sqlite3"
    assert postgres.stdout.strip() == "django.db.backends.postgresql"
