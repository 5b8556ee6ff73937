"""The throwaway database an in-process benchmark measures: a temporary SQLite file by default, or the
PostgreSQL database named by --database-url, dropped and created afresh (unless reused), then migrated."""

import os
import tempfile

import django
import psycopg
from django.core.management import call_command


def open_database(url, reuse=False):
    """Point Django at the benchmark's database, set it up and return its URL."""
    if not url:
        url = f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"
    elif url.startswith("postgres") and not reuse:
        base, name = url.rsplit("/", 1)
        with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
    os.environ["DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "clinic_site.settings.test"
    django.setup()
    call_command("migrate", verbosity=0)
    return url
