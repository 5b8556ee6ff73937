"""manage.py restore_site SRC: load a backup_site backup into an empty database, then bring it up to date."""

from django.core.cache import caches
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from core.backup import BackupError, counts, restore


class Command(BaseCommand):
    help = (
        "Restore a backup made by backup_site into this site's (empty) database and MEDIA_ROOT, then "
        "migrate, rebuild the references and search indexes, drop image renditions and clear the cache."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", help="the backup directory (with manifest.json)")
        parser.add_argument(
            "--force",
            action="store_true",
            help="restore over a database or MEDIA_ROOT that is not empty (what the backup has replaces it)",
        )

    def handle(self, *args, source, force=False, **options):
        try:
            manifest = restore(source, force=force)
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"Restored the {manifest['database']} backup of {manifest['created']}.")
        self.after_restore(options["verbosity"])
        found, expected = counts(), manifest["counts"]
        summary = ", ".join(f"{found[key]} of {expected[key]} {key.replace('_', ' ')}" for key in expected)
        if found != expected:
            raise CommandError(f"The restored site differs from the backup: {summary}.")
        self.stdout.write(self.style.SUCCESS(f"Restore complete: {summary}."))

    def after_restore(self, verbosity):
        verbosity = max(verbosity - 1, 0)
        steps = [
            # The code may be newer than the backup.
            ("migrate", {"interactive": False}),
            # Both indexes live in the database but are derived data: rebuild from what was restored.
            ("rebuild_references_index", {}),
            ("update_index", {}),
            # Renditions are not in the backup; Wagtail makes them again when a page asks.
            ("wagtail_update_image_renditions", {"purge_only": True}),
        ]
        for name, options in steps:
            self.stdout.write(f"Running {name} …")
            call_command(name, verbosity=verbosity, stdout=self.stdout, stderr=self.stderr, **options)
        # Cached pages would show what the site held before the restore.
        for cache in caches.all(initialized_only=False):
            cache.clear()
        self.stdout.write("Cleared the cache.")
