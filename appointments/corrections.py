"""A form sent again with corrected details is stored as a correction of the first request.

The form's one-time token (guard.py) stores a form once, so a double click or a reload is thanked and
not stored twice. A person who went back, corrected their phone number and sent the same form again was
thanked too, and the correction was discarded. Now changed answers are stored as a new request whose
token is the first request's token plus a keyed digest of the answers ("<token>:<digest>"): the same
correction sent twice is still stored once (the token is unique), it counts against the rate limit like
any request, and the link to the first request is written in the same transaction as the correction.
"""

import json

from django.apps import apps
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.crypto import salted_hmac

SEPARATOR = ":"


def as_stored(cleaned_data):
    """The answers as FormSubmission stores them (JSON), so they compare with a stored request."""
    return json.loads(json.dumps(cleaned_data, cls=DjangoJSONEncoder))


def correction_token(form, token):
    """The token to store these answers under, or None when they are the answers the token already holds."""
    tokens = apps.get_model("appointments", "SubmissionToken").objects
    first = tokens.filter(token=token).select_related("submission").first()
    answers = as_stored(form.cleaned_data)
    if first is None:
        return token  # the first request was deleted meanwhile: store this one as a request of its own
    if first.submission.form_data == answers:
        return None
    # Keyed, so the token table holds nothing from which the answers could be guessed.
    digest = salted_hmac("appointments.correction", json.dumps(answers, sort_keys=True)).hexdigest()[:24]
    return f"{token}{SEPARATOR}{digest}"


def originals(page):
    """{correction's id: first request's id} for the page's requests (two queries, however many)."""
    tokens = apps.get_model("appointments", "SubmissionToken").objects
    corrections = dict(
        tokens.filter(submission__page=page, token__contains=SEPARATOR).values_list("submission_id", "token")
    )
    firsts = {token.split(SEPARATOR)[0] for token in corrections.values()}
    first_ids = dict(tokens.filter(token__in=firsts).values_list("token", "submission_id"))
    return {
        correction: first_ids[token.split(SEPARATOR)[0]]
        for correction, token in corrections.items()
        if token.split(SEPARATOR)[0] in first_ids
    }
