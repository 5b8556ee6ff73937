"""Real-browser tests: Debian's Chromium driven by Playwright.

Locally a missing Chromium skips these tests with a clear reason; under CI=true
it is a failure, so CI can never pass without having run them.
"""

import os
from pathlib import Path

import pytest
from django.core.management import call_command
from wagtail.models import Site

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]

# Playwright's sync API runs an event loop in this thread; Django's guard against
# database calls from async code would otherwise refuse the test's own queries.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser" in str(item.path):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium():
    if not CHROMIUM.exists():
        message = f"Chromium not found at {CHROMIUM}: apt-get install -y chromium"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    from django.db import connections
    from playwright.sync_api import sync_playwright

    # The test database's snapshot for serialized rollback (see demo_site) hangs on Django's connection
    # objects. Playwright's sync API switches to a new context, where Django hands out new connection
    # objects without it; carry it over, or every browser test after the first finds an empty database.
    snapshots = {alias: getattr(connections[alias], "_test_serialized_contents", None) for alias in connections}
    with sync_playwright() as playwright:
        for alias, snapshot in snapshots.items():
            if snapshot is not None:
                connections[alias]._test_serialized_contents = snapshot
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium):
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def demo_site(transactional_db, django_db_serialized_rollback, live_server):
    """The demo clinic served by the live server. Returns its base URL.

    Browser tests need a real server, so they cannot run inside a rolled-back transaction; the database
    is emptied after each one. Serialized rollback puts back what the migrations created (the page
    tree's root, the roles, the Clinical review workflow), so each browser test starts from a migrated site.
    """
    call_command("load_demo_content", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    # The live server listens on its own host and port; point the site there so URLs resolve.
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "localhost", int(live_server.url.rsplit(":", 1)[1])
    site.save()
    return live_server.url
