from django.apps import AppConfig


class AppointmentsConfig(AppConfig):
    name = "appointments"

    def ready(self):
        from django.db.models.signals import pre_delete

        from . import checks  # noqa: F401  (registers the settings check)
        from .models import AppointmentPage
        from .page_guard import refuse_deleting_requests_with_page

        pre_delete.connect(
            refuse_deleting_requests_with_page, sender=AppointmentPage, dispatch_uid="appointments.page_guard"
        )
