"""The admin views of appointment requests: Wagtail's, with the access rules and an audit log entry."""

import django_filters
from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import F, Value
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin import messages
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.contrib.forms.models import FormSubmission
from wagtail.contrib.forms.views import DeleteSubmissionsView, SubmissionsListFilterSet, SubmissionsListView
from wagtail.log_actions import log

from core.spreadsheets import SafeSpreadsheetExportMixin
from locations.models import LocationPage

from .corrections import originals
from .status import Status, set_status
from .submissions import DELETED, EXPORTED, VIEWED, can_delete_requests, can_view_requests


def yes_no(value):
    # A checkbox answer (the consent) is stored as True/False; the front desk reads Yes/No.
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    return value


def language_name(code):
    # The language's name in itself ("Español"): the front desk replies in it.
    return dict(settings.LANGUAGES).get(code, code)


class RequestsFilterSet(SubmissionsListFilterSet):
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"), choices=Status.choices, empty_label=gettext_lazy("Any status")
    )
    # Recorded when the request was sent (appointments/places.py), so a renamed location still matches.
    location = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Location"),
        field_name="appointment_location__location",
        queryset=LocationPage.objects.order_by("title"),
        empty_label=gettext_lazy("Any location"),
    )


class AppointmentRequestsView(SafeSpreadsheetExportMixin, SubmissionsListView):
    """The list (and CSV/Excel export) of requests; every look at them is written to the audit log."""

    page_title = "Appointment requests"
    template_name = "appointments/admin/requests_index.html"
    results_template_name = "appointments/admin/request_results.html"
    filterset_class = RequestsFilterSet

    def get(self, request, *args, **kwargs):
        self.originals = originals(self.form_page)
        if self.is_export:
            self.list_export = [*self.list_export, "status", "language", "corrects"]
            self.export_headings = {
                **self.export_headings,
                "status": _("Status"),
                "language": _("Language"),
                "corrects": _("Correction of request"),
            }
        response = super().get(request, *args, **kwargs)
        # Only what was done and how many: the log must not become a second copy of patients' details.
        if self.is_export:
            data = {"format": request.GET.get("export"), "count": self.object_list.count()}
            log(instance=self.form_page, action=EXPORTED, user=request.user, data=data)
        else:
            log(instance=self.form_page, action=VIEWED, user=request.user, data={"count": len(self.data_rows)})
        return response

    def get_base_queryset(self):
        # One query for the requests, their status and language, however many are listed. Requests stored
        # before languages were recorded were all made in English.
        return (
            super()
            .get_base_queryset()
            .annotate(
                status=Coalesce(F("appointment_status__status"), Value("new")),
                language=Coalesce(F("appointment_token__language"), Value(settings.LANGUAGE_CODE)),
            )
        )

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        row["status"] = Status(item.status).label
        row["language"] = language_name(item.language)
        row["corrects"] = self.originals.get(item.pk, "")
        return {field: yes_no(value) for field, value in row.items()}

    def get_breadcrumbs_items(self):
        # Wagtail's trail goes through "Forms", a list that needs page permissions the front desk lacks.
        current = {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()}
        return self.breadcrumbs_items + [current]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        self.data_rows = context.get("data_rows", [])
        # Wagtail builds one row per listed request, in the same order.
        for row, submission in zip(self.data_rows, context.get("submissions", []), strict=False):
            row["fields"] = [yes_no(value) for value in row["fields"]]
            row["status"] = submission.status
            row["language"] = language_name(submission.language)
            row["corrects"] = self.originals.get(submission.pk)
        context["can_delete"] = can_delete_requests(self.request.user)
        context["statuses"] = Status.choices
        return context


class StatusForm(forms.Form):
    status = forms.ChoiceField(choices=Status.choices)


class SetRequestStatusView(View):
    """The front desk marks a request New, Contacted, Booked or Closed from the list."""

    http_method_names = ["post"]

    def post(self, request, page_id, submission_id):
        if not can_view_requests(request.user):
            raise PermissionDenied
        submission = get_object_or_404(FormSubmission, pk=submission_id, page_id=page_id)
        form = StatusForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("The status was not changed: choose New, Contacted, Booked or Closed."))
        elif set_status(submission, form.cleaned_data["status"], request.user):
            label = Status(form.cleaned_data["status"]).label
            messages.success(
                request, _("Request %(number)s marked %(status)s.") % {"number": submission.pk, "status": label}
            )
        next_url = get_valid_next_url_from_request(request)
        return redirect(next_url or reverse("wagtailforms:list_submissions", args=[page_id]))


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
