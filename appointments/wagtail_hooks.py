from django.contrib.auth.models import Permission
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.sidebar import LinkMenuItem
from wagtail.contrib.forms.models import FormMixin
from wagtail.contrib.forms.utils import get_form_types
from wagtail.log_actions import LogFormatter
from wagtail.models import Page

from .page_guard import refusal_message, requests_held_by
from .status import STATUS_CHANGED, Status
from .submissions import DELETED, EXPORTED, PURGED, VIEWED, can_view_requests
from .views import DeleteAppointmentRequestsView, SetRequestStatusView


@hooks.register("on_serve_page")
def no_store_for_form_pages(serve):
    """Form pages (the appointment page and its thank-you page) are never stored anywhere.

    A form page may show a patient's own answers back (with errors), so neither browsers nor proxies
    may keep it.
    """

    def serve_page(page, request, args, kwargs):
        response = serve(page, request, args, kwargs)
        if isinstance(page, FormMixin):
            add_never_cache_headers(response)
            patch_cache_control(response, private=True, no_store=True)
        return response

    return serve_page


@hooks.register("filter_form_submissions_for_user")
def only_front_desk_and_administrators(user, editable_forms):
    """Wagtail offers submissions of the forms a user may edit; here, those who may view requests see all."""
    if not can_view_requests(user):
        return editable_forms.none()
    return Page.objects.filter(content_type__in=get_form_types())


@hooks.register("register_admin_urls")
def register_delete_requests_url():
    # The same path as Wagtail's own delete view, registered before it (this app comes before
    # wagtail.contrib.forms in INSTALLED_APPS), so this administrators-only view is the one that answers.
    # tests/appointments/test_submissions_privacy.py proves the front desk cannot delete.
    return [
        path(
            "forms/submissions/<int:page_id>/delete/",
            DeleteAppointmentRequestsView.as_view(),
            name="appointments_delete_requests",
        ),
        path(
            "forms/submissions/<int:page_id>/<int:submission_id>/status/",
            SetRequestStatusView.as_view(),
            name="appointments_set_request_status",
        ),
    ]


@hooks.register("before_delete_page")
def refuse_deleting_a_page_with_requests(request, page):
    """The delete view (GET and POST), for administrators too: see page_guard.py."""
    count = requests_held_by(page)
    if count:
        messages.error(request, refusal_message(page, count))
        return redirect("wagtailadmin_explore", page.get_parent().pk)


@hooks.register("before_bulk_action")
def refuse_bulk_deleting_pages_with_requests(request, action_type, objects, action_class_instance):
    if action_type != "delete" or not issubclass(action_class_instance.model, Page):
        return None
    for page in objects:
        count = requests_held_by(page)
        if count:
            messages.error(request, refusal_message(page, count))
            return redirect(action_class_instance.next_url)
    return None


@hooks.register("register_permissions")
def register_request_permissions():
    """Lets administrators give or take away these two permissions in Settings → Groups."""
    return Permission.objects.filter(
        content_type__app_label="wagtailforms", codename__in=["view_formsubmission", "delete_formsubmission"]
    )


class AppointmentRequestsMenuItem(MenuItem):
    """Goes straight to the requests: the front desk has no page permissions, so Wagtail's forms list
    (which requires some) is closed to them."""

    def is_shown(self, request):
        return can_view_requests(request.user) and self.form_page() is not None

    def form_page(self):
        return Page.objects.filter(content_type__in=get_form_types()).order_by("path").first()

    def render_component(self, request):
        url = reverse("wagtailforms:list_submissions", args=[self.form_page().pk])
        return LinkMenuItem(self.name, self.label, url, icon_name=self.icon_name)


@hooks.register("register_admin_menu_item")
def register_requests_menu_item():
    return AppointmentRequestsMenuItem(
        "Appointment requests", "", name="appointment-requests", icon_name="form", order=700
    )


@hooks.register("construct_main_menu")
def hide_forms_menu(request, menu_items):
    # The appointment page is the site's only form; "Appointment requests" above replaces Wagtail's "Forms".
    menu_items[:] = [item for item in menu_items if item.name != "forms"]


@hooks.register("register_log_actions")
def register_request_log_actions(actions):
    actions.register_action(VIEWED, "View appointment requests", "Appointment requests viewed")
    actions.register_action(DELETED, "Delete appointment requests", "Appointment requests deleted")

    @actions.register_action(PURGED)
    class PurgeFormatter(LogFormatter):
        label = "Delete old appointment requests"

        def format_message(self, log_entry):
            data = log_entry.data
            return f"{data.get('count')} appointment request(s) older than {data.get('days')} days deleted"

    @actions.register_action(EXPORTED)
    class ExportFormatter(LogFormatter):
        label = "Export appointment requests"

        def format_message(self, log_entry):
            export_format = (log_entry.data.get("format") or "").upper()
            return (
                f"Appointment requests exported as {export_format}"
                if export_format
                else "Appointment requests exported"
            )

    @actions.register_action(STATUS_CHANGED)
    class StatusFormatter(LogFormatter):
        label = "Change appointment request status"

        def format_message(self, log_entry):
            labels = dict(Status.choices)
            status = labels.get(log_entry.data.get("status"), log_entry.data.get("status"))
            previous = labels.get(log_entry.data.get("previous"), log_entry.data.get("previous"))
            return f"Marked {status} (was {previous})"
