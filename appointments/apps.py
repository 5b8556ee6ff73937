from django.apps import AppConfig


class AppointmentsConfig(AppConfig):
    name = "appointments"

    def ready(self):
        from core.backup import count_in_backups

        from . import checks  # noqa: F401  (registers the settings check)
        from .models import AppointmentPage

        # A backup must bring every patient's request back: the restore compares this count.
        count_in_backups("appointment_requests", lambda: AppointmentPage().get_submission_class().objects.all())
