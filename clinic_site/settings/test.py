import os
import tempfile

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]

# Hashing passwords slowly is the point in production and pure waste in tests.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="clinic-test-media-"))  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
STATIC_ROOT = Path(tempfile.mkdtemp(prefix="clinic-test-static-"))  # noqa: F405
WHITENOISE_USE_FINDERS = True

# Two runs on one PostgreSQL server (two checkouts, or a developer beside CI) would both use
# "test_<name>" and destroy each other's database; TEST_DATABASE_NAME gives each its own.
if os.environ.get("TEST_DATABASE_NAME"):
    DATABASES["default"]["TEST"] = {"NAME": os.environ["TEST_DATABASE_NAME"]}  # noqa: F405

# --- Appointment requests ---
# Test clients send the form as soon as it is shown; tests of the time trap set their own minimum.
APPOINTMENT_MIN_SECONDS = 0
