"""The front desk's "a request arrived" email, sent off the visitor's request.

The task is queued in the database in the same transaction that stores the request (TASKS["notifications"]
is django-tasks-db's DatabaseBackend), so a stored request always has its notification queued and a
request that was not stored has none. `manage.py db_worker --backend notifications` sends it: however slow
or dead the mail relay, the visitor has been thanked already and no page waits for it. The task carries
the page's id (and the chosen location's) only: nothing about the patient goes into the queue or the email.
"""

import logging

from django.apps import apps
from django_tasks import task

logger = logging.getLogger(__name__)

BACKEND = "notifications"


@task(backend=BACKEND)
def notify_front_desk(page_id, location_id=None):
    """Tell the front desk a request arrived: the location's own address when it has one, else the page's."""
    # Looked up by name, not imported: the models module queues this task, so importing it here would
    # close an import cycle (and the worker imports tasks before the models are ready).
    AppointmentPage = apps.get_model("appointments", "AppointmentPage")
    LocationPage = apps.get_model("locations", "LocationPage")
    page = AppointmentPage.objects.filter(pk=page_id).first()
    if page is None:
        return
    location = LocationPage.objects.filter(pk=location_id).first() if location_id else None
    if location is not None and location.notification_email:
        page.to_address = location.notification_email  # this copy only: the page itself is not saved
    if not page.to_address:
        return
    try:
        page.send_mail(form=None)  # render_email() uses no form data
    except Exception:
        # The request is stored and listed in the admin; the operator finds out why from this line.
        logger.exception("Appointment request stored; the notification email could not be sent")
        raise
