"""Query strings never reach a log: "?q=…" carries what visitors searched for (names, phone numbers,
symptoms). gunicorn's access log format already leaves them out (clinic_site/gunicorn.conf.py); this
filter does the same for Django's development server log ("GET /search/?q=… HTTP/1.1" 200)."""

import logging
import re

# Up to the protocol in a request line (a malformed one may hold raw spaces), else up to white space.
QUERY_STRING = re.compile(r"\?(?:.*?(?=\sHTTP/)|\S*)")


class StripQueryStrings(logging.Filter):
    def filter(self, record):
        message = record.getMessage()
        if "?" in message:
            record.msg = QUERY_STRING.sub("", message)
            record.args = ()
        return True


def strip_query_strings_from_server_log():
    """The development server logs each request on "django.server"; the filter sits on that logger, so
    it holds whatever handlers LOGGING gives it."""
    logger = logging.getLogger("django.server")
    if not any(isinstance(existing, StripQueryStrings) for existing in logger.filters):
        logger.addFilter(StripQueryStrings())
