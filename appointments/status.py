"""Where each appointment request stands (New, Contacted, Booked, Closed) as the front desk works it.

A side table beside Wagtail's FormSubmission, like SubmissionToken: requests stay Wagtail's own, and a
request without a row is New. Every change is written to the audit log (Wagtail's ModelLogEntry) as who,
when and which status; never what the request says.
"""

from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.models import FormSubmission
from wagtail.log_actions import log

STATUS_CHANGED = "appointments.request_status"


class Status(models.TextChoices):
    NEW = "new", _("New")
    CONTACTED = "contacted", _("Contacted")
    BOOKED = "booked", _("Booked")
    CLOSED = "closed", _("Closed")


class RequestStatus(models.Model):
    submission = models.OneToOneField(
        FormSubmission, on_delete=models.CASCADE, primary_key=True, related_name="appointment_status"
    )
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.NEW)
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "appointment request status"

    def __str__(self):
        return self.get_status_display()


def request_title(submission):
    # Wagtail would label the log entry with str(submission), which is the whole form data.
    return f"Appointment request {submission.pk}"


def set_status(submission, status, user):
    """Records the new status and logs it; returns False when the request already had that status."""
    with transaction.atomic():
        record, _created = RequestStatus.objects.select_for_update().get_or_create(submission=submission)
        previous = record.status
        if previous == status:
            return False
        record.status = status
        record.save()
        log(
            instance=submission,
            action=STATUS_CHANGED,
            user=user,
            title=request_title(submission),
            data={"status": status, "previous": previous},
        )
    return True
