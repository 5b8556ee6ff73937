"""Test helpers for two-step sign-in: a session that has passed it, and codes as a staff member's app makes them.

Administrators and the front desk reach no admin page until their session is confirmed with a code
(twofactor/middleware.py); tests that sign them in with ``force_login`` use ``verified_login`` instead.
"""

import time

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice


def verified_login(client, user):
    """Sign ``user`` in on ``client`` as if they had typed their password and a code from their app."""
    client.force_login(user)
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    device = device or TOTPDevice.objects.create(user=user, name="Test app", confirmed=True)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return device


def totp_code(device, at=None):
    """The code ``device``'s authenticator app shows at ``at`` (a Unix time; now by default)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() if at is None else at
    return f"{totp.token():0{device.digits}d}"
