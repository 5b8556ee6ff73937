import os
import tempfile

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]

# Hashing passwords slowly is the point in production and pure waste in tests.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

# --- Admin login lockout in tests ---
# Off by default: Django's test client.login() authenticates without a request, which django-axes
# refuses. tests/core/test_login_lockout.py turns it on.
AXES_ENABLED = False
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="clinic-test-media-"))  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
STATIC_ROOT = Path(tempfile.mkdtemp(prefix="clinic-test-static-"))  # noqa: F405
WHITENOISE_USE_FINDERS = True

# Two runs on one PostgreSQL server (two checkouts, or a developer beside CI) would both use
# "test_<name>" and destroy each other's database; TEST_DATABASE_NAME gives each its own.
if os.environ.get("TEST_DATABASE_NAME"):
    DATABASES["default"]["TEST"] = {"NAME": os.environ["TEST_DATABASE_NAME"]}  # noqa: F405

# --- Caching ---
# Tests always use memory, whatever REDIS_URL says; tests/conftest.py empties it before each test.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "KEY_PREFIX": "clinic-test"}}

# --- Appointment requests ---
# Test clients send the form as soon as it is shown; tests of the time trap set their own minimum.
APPOINTMENT_MIN_SECONDS = 0
# SQLite's in-memory test database is shared between threads in "shared cache" mode, where a write locks
# whole tables and other connections fail at once ("database table is locked") instead of waiting as
# they do on a database file. A file keeps tests with concurrent requests true to production (and is
# no slower here).
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(Path(tempfile.mkdtemp(prefix="clinic-test-db-")) / "test.sqlite3")}  # noqa: F405
