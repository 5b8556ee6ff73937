"""The admin views of appointment requests: Wagtail's, with the access rules and an audit log entry."""

from django.core.exceptions import PermissionDenied
from wagtail.contrib.forms.views import DeleteSubmissionsView, SubmissionsListView
from wagtail.log_actions import log

from core.spreadsheets import SafeSpreadsheetExportMixin

from .submissions import DELETED, EXPORTED, VIEWED, can_delete_requests


class AppointmentRequestsView(SafeSpreadsheetExportMixin, SubmissionsListView):
    """The list (and CSV/Excel export) of requests; every look at them is written to the audit log."""

    page_title = "Appointment requests"
    results_template_name = "appointments/admin/request_results.html"

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        # Only what was done and how many: the log must not become a second copy of patients' details.
        if self.is_export:
            data = {"format": request.GET.get("export"), "count": self.object_list.count()}
            log(instance=self.form_page, action=EXPORTED, user=request.user, data=data)
        else:
            log(instance=self.form_page, action=VIEWED, user=request.user, data={"count": len(self.data_rows)})
        return response

    def get_breadcrumbs_items(self):
        # Wagtail's trail goes through "Forms", a list that needs page permissions the front desk lacks.
        current = {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()}
        return self.breadcrumbs_items + [current]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        self.data_rows = context.get("data_rows", [])
        context["can_delete"] = can_delete_requests(self.request.user)
        return context


class DeleteAppointmentRequestsView(DeleteSubmissionsView):
    """Wagtail's delete view, for administrators only, with an audit log entry."""

    def dispatch(self, request, *args, **kwargs):
        if not can_delete_requests(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def handle_delete(self, submissions):
        count = submissions.count()
        super().handle_delete(submissions)
        log(instance=self.page, action=DELETED, user=self.request.user, data={"count": count})
