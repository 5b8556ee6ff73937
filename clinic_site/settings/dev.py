import os

from .base import *  # noqa: F403

DEBUG = os.environ.get("DEBUG", "1") == "1"

# A development-only key: production.py refuses to start without a real one.
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-insecure-key-never-use-in-production"  # noqa: S105

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")  # noqa: F405

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# `make demo-users` may create one account per role here (never under production settings).
DEMO_USERS_ALLOWED = True
