"""Delete appointment requests older than APPOINTMENT_RETENTION_DAYS (run it daily, see README).

Prints counts only. Each deletion is written to the page's audit log with the count, like a deletion
in the admin; the log's earlier entries (who viewed or exported requests, and how many) hold no patient
details and stay as the record of who looked.
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission
from wagtail.log_actions import log

from appointments.models import AppointmentPage
from appointments.submissions import PURGED


class Command(BaseCommand):
    help = "Delete appointment requests older than APPOINTMENT_RETENTION_DAYS (default 180)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count what would be deleted; delete nothing.")

    def handle(self, *args, dry_run=False, **options):
        days = settings.APPOINTMENT_RETENTION_DAYS
        if days < 1:
            raise CommandError(f"APPOINTMENT_RETENTION_DAYS must be 1 or more, not {days}.")
        cutoff = timezone.now() - datetime.timedelta(days=days)
        total = 0
        for page in AppointmentPage.objects.all():
            old = FormSubmission.objects.filter(page=page, submit_time__lt=cutoff)
            if dry_run:
                count = old.count()
            else:
                with transaction.atomic():
                    count = old.count()
                    if count:
                        old.delete()
                        log(instance=page, action=PURGED, data={"count": count, "days": days})
            total += count
        verb = "would be deleted" if dry_run else "deleted"
        self.stdout.write(f"{total} appointment request(s) older than {days} days {verb}.")
