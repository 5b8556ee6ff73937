"""manage.py backup_site DEST: the database, uploaded media and a manifest, into a new directory."""

from django.core.management.base import BaseCommand, CommandError

from core.backup import BackupError, backup


class Command(BaseCommand):
    help = (
        "Back up the site into DEST (a new directory): pg_dump custom format or an SQLite copy, "
        "media as media.tar.gz, and manifest.json. The backup holds patient data: store it encrypted."
    )

    def add_arguments(self, parser):
        parser.add_argument("destination", help="a directory that does not exist yet (or is empty)")

    def handle(self, *args, destination, **options):
        try:
            manifest = backup(destination)
        except BackupError as error:
            raise CommandError(str(error)) from None
        found = manifest["counts"]
        self.stdout.write(
            self.style.SUCCESS(
                f"Backed up {found['pages']} pages and {found['appointment_requests']} appointment requests "
                f"({manifest['database']}) to {destination}"
            )
        )
        if "media" in manifest:
            self.stdout.write(f"Media {manifest['media']}.")
