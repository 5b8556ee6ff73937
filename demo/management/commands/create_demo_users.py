"""One account per role for trying the site: `make demo-users`. Never under production settings."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from core.roles import CLINICAL_REVIEWERS, FRONT_DESK, MARKETING_EDITORS
from demo.people import REVIEWER_SLUG
from people.models import ClinicianPage
from twofactor.devices import is_required, new_recovery_codes

# username, group (None: an administrator, who is a superuser in no group), first and last name
ACCOUNTS = [
    ("demo-editor", MARKETING_EDITORS, "Mia", "Editor"),
    ("demo-reviewer", CLINICAL_REVIEWERS, "Dana", "Reviewer"),
    ("demo-frontdesk", FRONT_DESK, "Frank", "Frontdesk"),
    ("demo-admin", None, "Ada", "Admin"),
]


def link_clinician_page(user):
    """The demo reviewer approves as Dana Whitfield: treatment pages they approve link to her page."""
    page = ClinicianPage.objects.filter(slug=REVIEWER_SLUG).first()
    if page is not None and page.reviewer_account_id != user.pk:
        page.reviewer_account = user
        page.save_revision().publish()


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
            # Roles that see patient data confirm every sign-in with a second step. So that the tour needs
            # no phone, these accounts get recovery codes; two are shown, the rest are never displayed.
            codes = new_recovery_codes(user)[:2] if is_required(user) else []
            role = group_name or "Administrators"
            rows.append((username, password, f"{role} ({'created' if created else 'reset'})", codes))
            if group_name == CLINICAL_REVIEWERS:
                link_clinician_page(user)
        width = max(len(row[0]) for row in rows)
        for username, password, role, codes in rows:
            second_step = f"  one-time sign-in codes: {', '.join(codes)}" if codes else ""
            self.stdout.write(f"{username:<{width}}  {password}  {role}{second_step}")
        self.stdout.write(
            "Sign in at /admin/. The passwords and codes are shown only now; run this again for new ones. "
            "Accounts with codes are asked for one after the password (or set up an authenticator app)."
        )
