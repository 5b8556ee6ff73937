"""The "Treatment reviews due" report in the admin (Reports menu)."""

from django.utils.dateformat import format as format_date
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from core.spreadsheets import SafeSpreadsheetExportMixin

from .review import DUE_SOON_DAYS, review_status, treatments_due_for_review

# Whoever may add, change or publish pages keeps content current; the front desk may not, and does not.
REPORT_PERMISSIONS = ["add", "change", "publish"]


def long_date(value):
    return format_date(value, "F j, Y") if value else ""


class ReviewsDueReport(SafeSpreadsheetExportMixin, ReportView):
    page_title = "Treatment reviews due"
    header_icon = "time"
    index_url_name = "treatment_reviews_due"
    index_results_url_name = "treatment_reviews_due_results"
    model = Page  # permissions are checked against the page tree
    any_permission_required = REPORT_PERMISSIONS
    no_results_message = f"No treatment is overdue for review or due in the next {DUE_SOON_DAYS} days."
    columns = [
        TitleColumn("title", label="Treatment", url_name="wagtailadmin_pages:edit"),
        Column("status", label="Review", accessor=review_status),
        Column("next_review_due", label="Next review due", accessor=lambda page: long_date(page.next_review_due)),
        Column("last_reviewed", label="Last reviewed", accessor=lambda page: long_date(page.last_reviewed)),
        Column("reviewed_by", label="Reviewed by"),
    ]
    list_export = ["title", "next_review_due", "last_reviewed", "reviewed_by", "url"]
    export_headings = {"title": "Treatment", "url": "Page address"}

    def get_queryset(self):
        return treatments_due_for_review()
