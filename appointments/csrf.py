"""CSRF_FAILURE_VIEW: a patient whose form was refused by the CSRF check gets it back, filled in.

The CSRF cookie can be missing (it expired, the browser dropped it, cookies are blocked for the site);
Django's own answer is a bare 403 page and everything typed is gone. For the appointment form this view
shows the form again with what was typed, a new CSRF token (and so a new cookie), a message and the
clinic's phone number; nothing is stored, as the post was not verified. Any other page, or anything
unexpected here, gets Django's own 403: this view must never turn a refusal into a 500.
"""

import logging

from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.csrf import csrf_failure as django_csrf_failure
from django.views.decorators.debug import sensitive_post_parameters
from wagtail.models import Page

from .guard import GuardForm
from .intake import NOT_SENT

logger = logging.getLogger(__name__)


@sensitive_post_parameters()
def csrf_failure(request, reason="", template_name="403_csrf.html"):
    try:
        response = refill_appointment_form(request)
    except Exception:
        logger.exception("Could not show the appointment form again after a CSRF failure")
        response = None
    if response is None:
        return django_csrf_failure(request, reason=reason, template_name=template_name)
    return response


def appointment_page_for(request):
    from .models import AppointmentPage

    if request.method != "POST":
        return None
    route = Page.route_for_request(request, request.path_info)
    page = route[0] if route else None
    if not isinstance(page, AppointmentPage):
        return None
    # A restricted page stays restricted: only visitors it already admits get the form back.
    if not all(restriction.accept_request(request) for restriction in page.get_view_restrictions()):
        return None
    return page


def refill_appointment_form(request):
    page = appointment_page_for(request)
    if page is None:
        return None
    form = page.get_form(page=page, user=request.user)
    # What was typed comes back as the form's starting values, read the way each widget reads a post
    # (checkbox lists as lists, a ticked box as True), without validating: no error is the patient's.
    form.initial = {
        name: field.widget.value_from_datadict(request.POST, request.FILES, form.add_prefix(name))
        for name, field in form.fields.items()
    }
    guard = GuardForm(request.POST)
    guard.check()
    notice = {
        "heading": NOT_SENT,
        "text": _(
            "Your browser did not send the security cookie this form needs (it may have expired, or cookies "
            "may be blocked for this site). Your details are still below: please press “Send request” again. "
            "If this keeps happening, please call us."
        ),
    }
    response = page.render_form(request, form, guard.for_next_attempt(), notice=notice, status=403)
    add_never_cache_headers(response)
    return response
