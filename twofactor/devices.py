"""Who must use two-step sign-in, and the django-otp devices that provide it.

Each member of staff has at most one authenticator app (a TOTP device) and one set of recovery codes (a
static device, each code good once). Both are made together at set-up and removed together.
"""

import logging

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from core.roles import FRONT_DESK

logger = logging.getLogger(__name__)

# Whoever may read appointment requests sees patient data, whatever group gave them the right.
PATIENT_DATA_PERMISSION = "wagtailforms.view_formsubmission"


def is_required(user):
    """Administrators, the front desk, and anyone else allowed to read appointment requests."""
    return user.is_superuser or user.has_perm(PATIENT_DATA_PERMISSION) or user.groups.filter(name=FRONT_DESK).exists()


def has_device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists() or (
        StaticDevice.objects.filter(user=user, confirmed=True).exists()
    )


def pending_device(user):
    """The authenticator app being set up: the same secret until it is confirmed, so a reload is harmless."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name=gettext("Authenticator app"), confirmed=False)


def new_recovery_codes(user):
    """Replace the user's recovery codes; the old ones stop working. Returns the new codes to show once."""
    codes = [StaticToken.random_token() for _ in range(settings.TWOFACTOR_RECOVERY_CODES)]
    with transaction.atomic():
        StaticDevice.objects.filter(user=user).delete()
        device = StaticDevice.objects.create(user=user, name=gettext("Recovery codes"), confirmed=True)
        StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def confirm(user, device):
    """The first code from the app was right: the app counts from now on, with fresh recovery codes."""
    with transaction.atomic():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
        codes = new_recovery_codes(user)
    logger.info("Two-step sign-in set up for user %s", user.pk)
    return codes


def normalise(code):
    # People copy codes with spaces ("123 456") and in capitals; recovery codes are stored in lower case.
    return "".join(code.split()).lower()


def verify(user, code):
    """The device that accepts ``code`` (then used up or moved on), or None; and whether all were throttled.

    Six digits go to the app, anything else to the recovery codes, so a mistyped app code does not also
    slow down the recovery codes (django-otp throttles each device after a failure: 1, 2, 4… seconds).
    """
    code = normalise(code)
    model = TOTPDevice if code.isdigit() and len(code) == 6 else StaticDevice
    allowed = []  # per device, before this try: a refusal while throttled is told apart from a wrong code
    with transaction.atomic():
        for device in model.objects.devices_for_user(user, confirmed=True).select_for_update():
            allowed.append(device.verify_is_allowed()[0])
            if device.verify_token(code):
                return device, False
    return None, bool(allowed) and not any(allowed)


def remove_devices(user):
    """Delete the user's app and recovery codes (lost phone, or turned off). Returns how many devices."""
    with transaction.atomic():
        count = TOTPDevice.objects.filter(user=user).delete()[1].get(TOTPDevice._meta.label, 0)
        count += StaticDevice.objects.filter(user=user).delete()[1].get(StaticDevice._meta.label, 0)
    logger.info("Two-step sign-in removed for user %s", user.pk)
    return count
