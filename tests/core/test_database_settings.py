"""PostgreSQL: a statement timeout on every connection, persistent health-checked connections in production."""

import json
import os
import subprocess
import sys
from pathlib import Path

from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
POSTGRES = "postgres://u@127.0.0.1:5432/clinic"


def database_settings(module="clinic_site.settings.base", **env):
    code = f"import json, {module} as s; print(json.dumps(s.DATABASES['default'], default=str))"
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_URL", "DB_"))}
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**clean, "SECRET_KEY": "k" * 64, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def test_postgresql_connections_get_a_statement_timeout():
    assert database_settings(DATABASE_URL=POSTGRES)["OPTIONS"]["options"] == "-c statement_timeout=30000"
    custom = database_settings(DATABASE_URL=POSTGRES, DB_STATEMENT_TIMEOUT_MS="5000")
    assert custom["OPTIONS"]["options"] == "-c statement_timeout=5000"
    assert "options" not in database_settings(DATABASE_URL=POSTGRES, DB_STATEMENT_TIMEOUT_MS="0").get("OPTIONS", {})


def test_other_libpq_options_in_the_url_are_kept():
    db = database_settings(DATABASE_URL=POSTGRES + "?options=-c%20search_path%3Dclinic")
    assert db["OPTIONS"]["options"] == "-c search_path=clinic -c statement_timeout=30000"


def test_sqlite_gets_no_postgresql_option():
    assert "options" not in database_settings().get("OPTIONS", {})


def test_production_keeps_connections_for_a_minute_with_health_checks():
    db = database_settings("clinic_site.settings.production", DATABASE_URL=POSTGRES)
    assert db["CONN_MAX_AGE"] == 60
    assert db["CONN_HEALTH_CHECKS"] is True
    assert database_settings("clinic_site.settings.production", DB_CONN_MAX_AGE="0")["CONN_MAX_AGE"] == 0


def test_the_timeout_reaches_the_database_session(db, settings):
    """On the PostgreSQL leg the server itself reports the timeout; on SQLite nothing is added."""
    if connection.vendor == "postgresql":
        assert settings.DB_STATEMENT_TIMEOUT_MS > 0
        with connection.cursor() as cursor:
            cursor.execute("SELECT setting, unit FROM pg_settings WHERE name = 'statement_timeout'")
            assert cursor.fetchone() == (str(settings.DB_STATEMENT_TIMEOUT_MS), "ms")
    else:
        assert connection.vendor == "sqlite"
        assert "options" not in connection.settings_dict.get("OPTIONS", {})
