"""Who may read appointment requests.

Out of the box Wagtail shows a form page's submissions to anyone who may edit the page, which would
show patients' requests to every marketing editor. Here only users with the "view form submission"
permission (the Front desk group) and administrators see them; deleting is for administrators only.
The admin views are in ``appointments/views.py``; the hooks that wire them in, in ``wagtail_hooks.py``.
"""

from wagtail.contrib.forms.panels import FormSubmissionsPanel

VIEW_PERMISSION = "wagtailforms.view_formsubmission"
DELETE_PERMISSION = "wagtailforms.delete_formsubmission"

VIEWED = "appointments.view_requests"
EXPORTED = "appointments.export_requests"
DELETED = "appointments.delete_requests"
PURGED = "appointments.purge_requests"


def can_view_requests(user):
    return user.is_active and user.has_perm(VIEW_PERMISSION)


def can_delete_requests(user):
    return user.is_active and user.has_perm(DELETE_PERMISSION)


class AppointmentRequestsPanel(FormSubmissionsPanel):
    """The request count and link on the page editor, shown only to those who may read the requests."""

    class BoundPanel(FormSubmissionsPanel.BoundPanel):
        def is_shown(self):
            return can_view_requests(self.request.user) and super().is_shown()
