"""For a lost phone: remove a user's authenticator app and recovery codes (README "Admin sign-in")."""

from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core.management.base import BaseCommand, CommandError

from twofactor.devices import remove_devices


class Command(BaseCommand):
    help = (
        "Remove a user's two-step sign-in (authenticator app and recovery codes) and sign them out everywhere. "
        "Staff who must use it set it up again at their next sign-in."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, username, **options):
        User = get_user_model()
        try:
            user = User.objects.get(**{User.USERNAME_FIELD: username})
        except User.DoesNotExist:
            raise CommandError(f"No user named {username!r}.") from None
        count = remove_devices(user)
        signed_out = sign_out_everywhere(user)
        self.stdout.write(f"Removed {count} device(s) of {username}; ended {signed_out} session(s).")


def sign_out_everywhere(user):
    """Whoever holds the lost phone may also hold a signed-in session: end all of the user's sessions."""
    ended = 0
    for session in Session.objects.iterator():
        if session.get_decoded().get("_auth_user_id") == str(user.pk):
            session.delete()
            ended += 1
    return ended
