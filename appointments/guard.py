"""Spam traps that need no third-party service, and the one-time token of each form.

- A honeypot: a text field people never see or reach (hidden by CSS, aria-hidden, out of the tab order)
  that form-filling robots do fill in.
- A time trap: the form carries a signed stamp with the time it was shown. Robots post within a second;
  a form sent sooner than APPOINTMENT_MIN_SECONDS, or with a stamp that is missing, altered or older than
  APPOINTMENT_FORM_MAX_AGE, is not stored.
- The stamp also carries a random token that is stored with the request under a unique constraint
  (SubmissionToken), so the same form sent twice is stored once.

Both fields have a "guard-" prefix: Wagtail names form fields in snake_case, so they can never collide
with a field an editor adds.
"""

import enum
import secrets
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _

SALT = "appointments.form-stamp"


class Verdict(enum.Enum):
    OK = "ok"
    HONEYPOT = "honeypot"
    TOO_FAST = "too fast"
    EXPIRED = "expired"
    INVALID = "missing or altered stamp"


def new_token():
    return secrets.token_urlsafe(24)


def issue_stamp(token=None):
    return signing.dumps({"token": token or new_token(), "shown": time.time()}, salt=SALT)


class GuardForm(forms.Form):
    prefix = "guard"

    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    stamp = forms.CharField(required=False, widget=forms.HiddenInput)

    @classmethod
    def fresh(cls):
        return cls(initial={"stamp": issue_stamp()})

    def check(self):
        """Sets and returns self.verdict; self.token is the form's one-time token when the stamp is genuine."""
        self.token = None
        data = self.cleaned_data if self.is_valid() else {}
        if data.get("website"):
            self.verdict = Verdict.HONEYPOT
            return self.verdict
        try:
            stamp = signing.loads(data.get("stamp", ""), salt=SALT, max_age=settings.APPOINTMENT_FORM_MAX_AGE)
            token, shown = str(stamp["token"]), float(stamp["shown"])
        except signing.SignatureExpired:
            self.verdict = Verdict.EXPIRED
            return self.verdict
        except (signing.BadSignature, KeyError, TypeError, ValueError):
            self.verdict = Verdict.INVALID
            return self.verdict
        self.token = token
        too_fast = time.time() - shown < settings.APPOINTMENT_MIN_SECONDS
        self.verdict = Verdict.TOO_FAST if too_fast else Verdict.OK
        return self.verdict

    def for_next_attempt(self):
        """The guard to render with the form again: the same stamp while it is genuine (the time already
        waited counts and the token stays the same), a fresh one otherwise."""
        if self.token:
            return GuardForm(initial={"stamp": self.cleaned_data["stamp"]})
        return GuardForm.fresh()
