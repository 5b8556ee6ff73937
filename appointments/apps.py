from django.apps import AppConfig


class AppointmentsConfig(AppConfig):
    name = "appointments"

    def ready(self):
        from django.db.models.signals import pre_delete

        from core.backup import count_in_backups

        from . import checks  # noqa: F401  (registers the settings check)
        from .models import AppointmentPage
        from .page_guard import refuse_deleting_requests_with_page

        pre_delete.connect(
            refuse_deleting_requests_with_page, sender=AppointmentPage, dispatch_uid="appointments.page_guard"
        )
        # A backup must bring every patient's request back: the restore compares this count.
        count_in_backups("appointment_requests", lambda: AppointmentPage().get_submission_class().objects.all())
