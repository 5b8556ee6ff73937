"""One account per role for trying the site: `make demo-users`. Never under production settings."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from core.roles import CLINICAL_REVIEWERS, FRONT_DESK, MARKETING_EDITORS

# username, group (None: an administrator, who is a superuser in no group), first and last name
ACCOUNTS = [
    ("demo-editor", MARKETING_EDITORS, "Mia", "Editor"),
    ("demo-reviewer", CLINICAL_REVIEWERS, "Dana", "Reviewer"),
    ("demo-frontdesk", FRONT_DESK, "Frank", "Frontdesk"),
    ("demo-admin", None, "Ada", "Admin"),
]


class Command(BaseCommand):
    help = "Create (or reset) one demo account per role, each with a new random password printed once."

    def handle(self, *args, **options):
        if not getattr(settings, "DEMO_USERS_ALLOWED", False):
            raise CommandError("Demo accounts are for trying the site locally; these settings do not allow them.")
        User = get_user_model()
        rows = []
        for username, group_name, first_name, last_name in ACCOUNTS:
            user, created = User.objects.get_or_create(username=username)
            user.first_name, user.last_name = first_name, last_name
            user.email = f"{username}@example.com"
            user.is_superuser = user.is_staff = group_name is None
            # The password exists only in this output: it is never stored in clear or shown again.
            password = secrets.token_urlsafe(12)
            user.set_password(password)
            user.save()
            user.groups.set([Group.objects.get(name=group_name)] if group_name else [])
            rows.append((username, group_name or "Administrators", password, "created" if created else "reset"))
        width = max(len(row[0]) for row in rows)
        for username, role, password, status in rows:
            self.stdout.write(f"{username:<{width}}  {password}  {role} ({status})")
        self.stdout.write("Sign in at /admin/. The passwords are shown only now; run this again for new ones.")
