"""Settings the appointment form relies on, checked when the site starts rather than on a patient's request."""

from django.conf import settings
from django.core import checks

MINIMUM = {
    "APPOINTMENT_MIN_SECONDS": 0,
    "APPOINTMENT_FORM_MAX_AGE": 60,
    "APPOINTMENT_RATE_LIMIT": 1,
    "APPOINTMENT_RATE_LIMIT_MINUTES": 1,
    "APPOINTMENT_RETENTION_DAYS": 1,
    "TRUSTED_PROXY_COUNT": 0,
}


@checks.register()
def check_appointment_settings(app_configs, **kwargs):
    return [
        checks.Error(f"{name} must be at least {minimum}, not {getattr(settings, name)}.", id="appointments.E001")
        for name, minimum in MINIMUM.items()
        if getattr(settings, name) < minimum
    ]
