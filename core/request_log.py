"""A request id on every log line, and server errors logged to stderr in every environment.

Django logs a 500 through the "django.request" logger, but its default handlers only print when DEBUG is
on (or email ADMINS): in production nothing was written anywhere. LOGGING (settings) sends warnings and
errors to stderr, where gunicorn and the process manager collect them, each line with the id of the
request it is about. The id comes back to the visitor in the X-Request-ID header, so a report from the
front desk can be matched to the log. Log lines carry the method and path only: never the posted body,
the query string, cookies or headers (a form post is a patient's details).
"""

import contextvars
import logging
import re
import uuid

HEADER = "X-Request-ID"
# A proxy's id is kept only when it looks like one: anything else could forge or garble log lines.
SAFE_ID = re.compile(r"[A-Za-z0-9._-]{8,64}")

current_request_id = contextvars.ContextVar("request_id", default="-")


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        offered = request.headers.get(HEADER, "")
        request_id = offered if SAFE_ID.fullmatch(offered) else uuid.uuid4().hex
        request.request_id = request_id
        reset = current_request_id.set(request_id)
        try:
            response = self.get_response(request)
        finally:
            current_request_id.reset(reset)
        response[HEADER] = request_id
        return response


class RequestIdFilter(logging.Filter):
    """Adds ``request_id`` to every record (``-`` outside a request, e.g. in a management command)."""

    def filter(self, record):
        request = getattr(record, "request", None)
        record.request_id = getattr(request, "request_id", None) or current_request_id.get()
        return True


def logging_config(level="INFO"):
    """The LOGGING setting: one line per record on stderr (tracebacks follow); Django's mail to ADMINS kept."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {
            "request_id": {"()": "core.request_log.RequestIdFilter"},
            "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
        },
        "formatters": {
            "line": {"format": "%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s"},
        },
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stderr",
                "filters": ["request_id"],
                "formatter": "line",
            },
            "mail_admins": {
                "level": "ERROR",
                "filters": ["require_debug_false"],
                "class": "django.utils.log.AdminEmailHandler",
            },
        },
        "root": {"handlers": ["stderr"], "level": level},
        # Django's records go up to the root's stderr handler too (its default console handler printed
        # only with DEBUG on); runserver's access lines ("django.server") keep Django's own handler.
        "loggers": {"django": {"handlers": ["mail_admins"], "level": level, "propagate": True}},
    }
