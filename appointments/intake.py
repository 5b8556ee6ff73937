"""What happens when someone sends the appointment form.

Nothing a person typed is lost: whenever a request is not stored (form errors, a form sent too fast or
too late, too many requests) the form comes back filled in, with a message saying what to do. Robots
that fill in the honeypot get the ordinary thank-you page and nothing is stored. Refusals are logged by
reason only: no names, numbers or addresses.
"""

import logging

from django.db import OperationalError
from django.utils.translation import gettext as _

from . import ratelimit
from .corrections import correction_token
from .guard import GuardForm, Verdict

logger = logging.getLogger(__name__)

NOT_SENT = "Your request has not been sent yet"
SEND_AGAIN = "Please check your details below and press “Send request” again."

NOTICES = {
    Verdict.TOO_FAST: "That was quicker than we expected from a person. " + SEND_AGAIN,
    Verdict.EXPIRED: "This form was open for more than a day, so for your security it has been renewed. " + SEND_AGAIN,
    Verdict.INVALID: "This form was out of date, so it has been renewed. " + SEND_AGAIN,
}


def receive(page, request):
    form = page.get_form(request.POST, request.FILES, page=page, user=request.user)
    guard = GuardForm(request.POST)
    verdict = guard.check()

    if verdict is Verdict.HONEYPOT:
        logger.warning("Appointment request not stored: %s", verdict.value)
        return page.render_landing_page(request)
    if not form.is_valid():
        return page.render_form(request, form, guard.for_next_attempt())
    if verdict is not Verdict.OK:
        logger.warning("Appointment request not stored: %s", verdict.value)
        notice = {"heading": NOT_SENT, "text": NOTICES[verdict]}
        return page.render_form(request, form, guard.for_next_attempt(), notice=notice)

    token = guard.token
    if page.token_was_used(token):
        # The same form sent again: the same answers (a double click, a reload) are stored already;
        # changed answers are a correction, stored and linked to the first request (corrections.py).
        token = correction_token(form, token)
        if token is None:
            return page.render_landing_page(request)

    usage = ratelimit.hit(request, token)
    if usage.limited:
        logger.warning("Appointment request not stored: rate limit")
        minutes = -(-usage.retry_after // 60)
        notice = {
            "heading": "Please wait a few minutes",
            "text": f"You have sent several requests in a short time, so the form is paused for {minutes} "
            f"minute{'' if minutes == 1 else 's'}. Your details are still below: please send them again then.",
        }
        response = page.render_form(request, form, guard.for_next_attempt(), notice=notice, status=429)
        response["Retry-After"] = str(usage.retry_after)
        return response

    try:
        submission = page.process_form_submission(form, token=token)
    except OperationalError as error:
        # The database is busy (locked past its timeout) or unreachable: nothing was stored. The class
        # of error only in the log: a driver's message can quote the values it was writing.
        logger.error("Appointment request not stored: database unavailable (%s)", type(error).__name__)
        busy = _(
            "Our system is busy just now. Your details are still below: please press “Send request” again in a minute."
        )
        notice = {"heading": NOT_SENT, "text": busy}
        response = page.render_form(request, form, guard.for_next_attempt(), notice=notice, status=503)
        response["Retry-After"] = "30"
        return response
    return page.render_landing_page(request, submission)
