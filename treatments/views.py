"""The "Treatment reviews due" report in the admin (Reports menu)."""

import django_filters
from django.conf import settings
from django.utils.dateformat import format as format_date
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import LocaleFilter, WagtailFilterSet
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.coreutils import multigetattr
from wagtail.models import Page

from core.spreadsheets import SafeSpreadsheetExportMixin

from .models import TreatmentPage
from .review import DUE_SOON_DAYS, review_status, treatments_due_for_review

# Whoever may add, change or publish pages keeps content current; the front desk may not, and does not.
REPORT_PERMISSIONS = ["add", "change", "publish"]

SOURCE_CHANGED = _("Source changed since translation")
SOURCE_CHANGED_FILTER = "source-changed"


def long_date(value):
    return format_date(value, "F j, Y") if value else ""


def translation_status(page):
    """The mark a translation carries when its English page was published after the translation's review."""
    return str(SOURCE_CHANGED) if getattr(page, "source_changed", False) else ""


def language_name(page):
    return dict(settings.LANGUAGES).get(page.locale.language_code, page.locale.language_code)


class TranslationStatusColumn(StatusTagColumn):
    """A status tag only where there is something to say (Wagtail's own column draws an empty tag)."""

    cell_template_name = "treatments/admin/translation_status_cell.html"


class ReviewsDueFilterSet(WagtailFilterSet):
    locale = LocaleFilter(label=_("Language"), choices=settings.LANGUAGES, empty_label=_("All"))
    translation = django_filters.ChoiceFilter(
        label=_("Translation"),
        choices=[(SOURCE_CHANGED_FILTER, SOURCE_CHANGED)],
        empty_label=_("All"),
        method="filter_translation",
    )

    class Meta:
        model = TreatmentPage
        fields = []

    def filter_translation(self, queryset, name, value):
        return queryset.filter(source_changed=True) if value == SOURCE_CHANGED_FILTER else queryset


class ReviewsDueReport(SafeSpreadsheetExportMixin, ReportView):
    page_title = "Treatment reviews due"
    header_icon = "time"
    index_url_name = "treatment_reviews_due"
    index_results_url_name = "treatment_reviews_due_results"
    model = Page  # permissions are checked against the page tree
    any_permission_required = REPORT_PERMISSIONS
    filterset_class = ReviewsDueFilterSet
    no_results_message = f"No treatment is overdue for review or due in the next {DUE_SOON_DAYS} days."
    columns = [
        TitleColumn("title", label="Treatment", url_name="wagtailadmin_pages:edit"),
        Column("language", label=_("Language"), accessor=language_name),
        TranslationStatusColumn("translation_status", label=_("Translation"), accessor=translation_status),
        Column("status", label="Review", accessor=review_status),
        Column("next_review_due", label="Next review due", accessor=lambda page: long_date(page.next_review_due)),
        Column("last_reviewed", label="Last reviewed", accessor=lambda page: long_date(page.last_reviewed)),
        Column("reviewed_by", label="Reviewed by"),
    ]
    list_export = ["title", "language", "translation_status", "next_review_due", "last_reviewed", "reviewed_by", "url"]
    export_headings = {
        "title": "Treatment",
        "language": _("Language"),
        "translation_status": _("Translation"),
        "url": "Page address",
    }

    def get_queryset(self):
        return treatments_due_for_review()

    def to_row_dict(self, item):
        computed = {"language": language_name, "translation_status": translation_status}
        return {
            name: computed[name](item) if name in computed else multigetattr(item, name) for name in self.list_export
        }
