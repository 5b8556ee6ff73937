"""Saves of one page at the same moment, as autosave and *Save draft* make them, on a SQLite file.

Before WAL, IMMEDIATE transactions and a busy timeout (settings/base.py), overlapping saves failed with
"database is locked" (HTTP 500). The PostgreSQL run of the suite proves the same there.
"""

import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from home.models import ContentPage
from tests.admin_forms import content_form

THREADS = 8
SAVES_EACH = 3


def test_sqlite_is_configured_for_concurrent_writers(db):
    if connection.vendor != "sqlite":
        assert connection.vendor == "postgresql"
        return
    with connection.cursor() as cursor:
        assert cursor.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert cursor.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert connection.transaction_mode == "IMMEDIATE"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_saves_of_one_page_all_succeed_and_keep_every_revision(home_page, staff):
    page = home_page.add_child(instance=ContentPage(title="Insurance", slug="insurance"))
    page.save_revision()
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    start = threading.Barrier(THREADS)
    results = []

    def save(number):
        client = Client()
        client.force_login(staff["editor"])
        try:
            start.wait()
            for attempt in range(SAVES_EACH):
                form = content_form(f"Insurance {number}.{attempt}", "insurance")
                # Half the writers are autosaves (JSON), half are Save draft clicks (a redirect).
                accept = "application/json" if number % 2 else "text/html"
                response = client.post(url, form, HTTP_ACCEPT=accept)
                results.append(response.status_code)
        except Exception as error:  # the test client re-raises the view's exception: record it as a 500
            results.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=save, args=(number,)) for number in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    expected = [200 if number % 2 else 302 for number in range(THREADS) for _ in range(SAVES_EACH)]
    assert sorted(map(str, results)) == sorted(map(str, expected))
    assert page.revisions.count() == 1 + THREADS * SAVES_EACH
