from django.apps import AppConfig


class AppointmentsConfig(AppConfig):
    name = "appointments"

    def ready(self):
        from . import checks  # noqa: F401  (registers the settings check)
