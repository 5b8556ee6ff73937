"""Real-browser tests: Debian's Chromium driven by Playwright.

Locally a missing Chromium skips these tests with a clear reason; under CI=true
it is a failure, so CI can never pass without having run them.
"""

import io
import os
import re
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection, connections
from django_otp.plugins.otp_totp.models import TOTPDevice
from pytest_django.live_server_helper import LiveServer
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Site

from tests.conftest import clear_caches, missing
from tests.twofactor import totp_code
from twofactor.devices import is_required

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
# axe-core comes from npm (package-lock.json pins it); `make test` runs `npm ci` when it is missing.
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
# The password of every account the browser tests create.
PASSWORD = "a long and unguessable test password"  # noqa: S105

# Playwright's sync API runs an event loop in this thread; Django's guard against
# database calls from async code would otherwise refuse the test's own queries.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser" in str(item.path):
            item.add_marker(pytest.mark.browser)
            if "shared_demo" in item.fixturenames:
                continue  # the shared demo below manages the database itself
            # The live server sees only committed data, so these tests run in real transactions and
            # end with a flush, which would also delete the rows Wagtail's migrations create (the
            # root page, the default locale and collection). Serialized rollback puts them back.
            item.add_marker(pytest.mark.django_db(transaction=True, serialized_rollback=True))


@pytest.fixture(scope="session")
def chromium(django_db_setup):
    if not CHROMIUM.exists():
        missing(f"Chromium not found at {CHROMIUM}: apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    # Django keeps a connection object per async context, and Playwright's sync API runs an event
    # loop in this thread, so from here on tests get new connection objects. Hand them the
    # migration data pytest-django serialized on the old ones, or serialized_rollback (above)
    # would have nothing to restore once a browser test has flushed the database.
    serialized = {alias: getattr(connections[alias], "_test_serialized_contents", None) for alias in connections}
    with sync_playwright() as playwright:
        for alias, contents in serialized.items():
            if contents is not None:
                connections[alias]._test_serialized_contents = contents
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium):
    context = chromium.new_context(viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture(scope="session")
def axe_source():
    if not AXE.exists():
        missing(f"axe-core not found at {AXE}: run `make node-deps` (npm ci)")
    return AXE


def back_to_the_migrated_database():
    """Empty the test database and put back the rows the migrations made (the root page, the default
    locale and collection, the roles), as they were serialized when the test database was created
    (tests/conftest.py, django_db_setup)."""
    # Like Django's TransactionTestCase, keep the sequences counting on: the rows put back carry their
    # ids, and a sequence restarted at 1 would hand those ids out again (PostgreSQL).
    call_command("flush", verbosity=0, interactive=False, reset_sequences=False, inhibit_post_migrate=True)
    connection.creation.deserialize_db_from_string(connection._test_serialized_contents)
    # Content types a test created after the migrations are gone, and with them the ids Django
    # remembers for them. Remember every model's again: one looked up for the first time while the
    # next reset puts the rows back would be created twice.
    ContentType.objects.clear_cache()
    ContentType.objects.get_for_models(*apps.get_models(), for_concrete_models=False)
    clear_caches()


@pytest.fixture(scope="session")
def site_server(chromium):
    """A live server of our own. pytest-django's ``live_server`` makes each test that uses it a
    transactional test, which empties the database after every test, and with it the shared demo."""
    server = LiveServer("localhost")
    yield server.url
    server.stop()


@pytest.fixture(scope="module")
def shared_demo(chromium, site_server, django_db_blocker):
    """The demo site, loaded and committed once for a module's browser tests (loading it takes seconds,
    which every test paid when each loaded its own), then emptied again."""
    with django_db_blocker.unblock():
        back_to_the_migrated_database()
        call_command("load_demo_content", verbosity=0, stdout=io.StringIO())
        # The live server listens on its own host and port; point the site there so URLs resolve.
        port = int(site_server.rsplit(":", 1)[1])
        Site.objects.filter(is_default_site=True).update(hostname="localhost", port=port)
        yield site_server
        back_to_the_migrated_database()
        # As after each transactional test: the connection this module opened (inside Playwright's event
        # loop) would otherwise keep the test database open and stop it being dropped at the end.
        connections.close_all()


@pytest.fixture
def demo_site(shared_demo):
    """The shared demo's URL. What browser tests leave behind in it is undone after each test: the
    appointment requests they send and the accounts they create, so each test starts from the demo."""
    users = get_user_model().objects
    accounts = set(users.values_list("pk", flat=True))
    yield shared_demo
    FormSubmission.objects.all().delete()
    users.exclude(pk__in=accounts).delete()


@pytest.fixture
def sign_in(chromium, demo_site):
    """Sign a user in to the admin, in a browser of their own (a shared one would share the session
    cookie), at a desktop width (the sidebar collapses into a menu button on phones). Staff who must use
    two-step sign-in (administrators, the front desk) type a code from an app set up for them."""
    contexts = []

    def sign_in(user):
        context = chromium.new_context(viewport=DESKTOP)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        # Set up before signing in, so the admin asks for a code rather than for set-up.
        device = None
        if is_required(user):
            device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
            device = device or TOTPDevice.objects.create(user=user, name="Phone", confirmed=True)
        page.goto(demo_site + "/admin/login/")
        page.get_by_label("Username").fill(user.username)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        if device:
            page.wait_for_url(re.compile(r"/admin/two-step/code/"))
            page.get_by_label("Code").fill(totp_code(device))
            page.get_by_role("button", name="Continue").click()
        page.wait_for_url(demo_site + "/admin/")
        return page

    yield sign_in
    for context in contexts:
        context.close()
