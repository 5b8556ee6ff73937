"""Delete stored search words older than SEARCH_QUERY_RETENTION_DAYS (run it daily, see README "Search")."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from search.stored_queries import purge


class Command(BaseCommand):
    help = "Delete search counts older than SEARCH_QUERY_RETENTION_DAYS (default 30) and identifying queries."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count what would be deleted; delete nothing.")

    def handle(self, *args, dry_run=False, **options):
        days = settings.SEARCH_QUERY_RETENTION_DAYS
        if days < 1:
            raise CommandError(f"SEARCH_QUERY_RETENTION_DAYS must be 1 or more, not {days}.")
        with transaction.atomic():
            counts = purge(days, dry_run=dry_run)
        verb = "would be deleted" if dry_run else "deleted"
        # Counts only: the words themselves never reach a log.
        self.stdout.write(
            f"{counts['days']} daily search count(s) older than {days} days and "
            f"{counts['queries']} stored search(es) {verb}."
        )
