"""A page that holds appointment requests is never deleted with them.

Wagtail's FormSubmission belongs to its page with CASCADE: deleting the appointment page (or a page
above it) would silently delete every patient's request, with no entry saying so in the audit log.
Requests leave only one way: deleted in "Appointment requests" (administrators, audit-logged with a
count) or by the retention purge (also logged). So deleting a page that still holds requests is
refused for everyone, administrators included: in the admin with a message (the hooks in
wagtail_hooks.py, for the delete view and the bulk delete), and anywhere else (a shell, a script)
by refusing the database deletion itself.
"""

from django.db.models import ProtectedError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.contrib.forms.models import FormSubmission


def requests_held_by(page):
    """How many appointment requests belong to the page or to any page below it."""
    return FormSubmission.objects.filter(page__path__startswith=page.path).count()


def refusal_message(page, count):
    return ngettext(
        "“%(title)s” holds %(count)d appointment request, so it cannot be deleted. "
        "An administrator can delete the request in Appointment requests first (it is logged).",
        "“%(title)s” holds %(count)d appointment requests, so it cannot be deleted. "
        "An administrator can delete the requests in Appointment requests first (it is logged).",
        count,
    ) % {"title": page.get_admin_display_title(), "count": count}


def refuse_deleting_requests_with_page(sender, instance, **kwargs):
    """pre_delete of an appointment page (also sent when a page above it is deleted)."""
    count = FormSubmission.objects.filter(page_id=instance.pk).count()
    if count:
        raise ProtectedError(
            _("An appointment page that holds requests cannot be deleted; delete or purge its requests first."),
            set(FormSubmission.objects.filter(page_id=instance.pk)[:1]),
        )
