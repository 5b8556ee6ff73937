"""Request bodies the site refuses before anything reads them.

- Outside the admin no form takes files, yet Django reads any multipart file part to a temporary file
  whatever its size (DATA_UPLOAD_MAX_MEMORY_SIZE leaves file parts out). A body declared larger than
  PUBLIC_MAX_REQUEST_BODY is refused with 413 and never read. The admin keeps Django's and Wagtail's
  own upload limits (images and documents).
- A form post declaring a character set other than UTF-8 made Django fail while decoding it (a 500 and
  a long traceback on every URL, as the CSRF check reads the form first). Browsers send forms from our
  UTF-8 pages in UTF-8, so such a post is refused with 400 and one short log line.

Both answers are a small page of their own that needs no database, session or template context.
"""

import logging

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def declared_charset(content_type):
    """The charset parameter of a Content-Type header, or "" when there is none."""
    for param in content_type.split(";")[1:]:
        name, _sep, value = param.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip('"').strip()
    return ""


def is_utf8(charset):
    # Exactly what Django decodes forms with; any other name (aliases included) it would refuse or misread.
    return charset.lower() == "utf-8"


def content_length(request):
    try:
        return max(int(request.META.get("CONTENT_LENGTH") or 0), 0)
    except ValueError:
        return 0


def refusal(request, status, heading, text):
    html = render_to_string("request_refused.html", {"heading": heading, "text": text})
    response = HttpResponse(html, status=status)
    add_never_cache_headers(response)
    # The body was not read: the connection cannot be reused for another request.
    response["Connection"] = "close"
    # Our own line says why; Django would add a second ("Bad Request: /path") for the same refusal.
    response._has_been_logged = True
    return response


class RequestBodyGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        refused = self.check(request)
        return refused if refused is not None else self.get_response(request)

    def check(self, request):
        in_admin = request.path_info.startswith(settings.CSP_ADMIN_PATH_PREFIX)
        size = content_length(request)
        if not in_admin and size > settings.PUBLIC_MAX_REQUEST_BODY:
            logger.warning(
                "Refused a %d-byte request body to %s (limit %d)",
                size,
                request.path[:200],
                settings.PUBLIC_MAX_REQUEST_BODY,
            )
            return refusal(
                request,
                413,
                _("Too much was sent"),
                _("What you sent is larger than this form accepts. Forms on this site take no files."),
            )
        content_type = request.META.get("CONTENT_TYPE", "")
        charset = declared_charset(content_type)
        if content_type.split(";")[0].strip().lower() in FORM_TYPES and charset and not is_utf8(charset):
            # One line, and only a short, printable excerpt of what was declared.
            logger.warning("Refused a form post to %s declaring charset %r", request.path[:200], charset[:40])
            return refusal(
                request,
                400,
                _("Your form could not be read"),
                _("Your browser sent the form in a character set this site does not accept. Please try again."),
            )
        return None
