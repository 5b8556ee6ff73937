"""The "Reading level" report (Reports menu): pages over the target grade or making a claim to avoid."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from core.spreadsheets import SafeSpreadsheetExportMixin

from .checks import Checker, plain_language_page_models

REPORT_PERMISSIONS = ["add", "change", "publish"]


class PageFinding:
    """One row: a page (its latest draft, as the editor sees it) and its check."""

    def __init__(self, page, check):
        self.page, self.check = page, check
        self.pk, self.title = page.pk, page.get_admin_display_title()
        level = check.level
        self.grade, self.smog, self.target = level.grade, level.smog, level.target
        self.language = dict(settings.LANGUAGES).get(level.language, level.language)
        self.formula = f"{level.scale.formula} / {level.scale.second_formula}"
        self.longest = check.level.longest[0].text if check.level.longest else ""
        self.claims = "; ".join(f"{claim.phrase}: {claim.sentence}" for claim in check.claims)
        self.url = page.full_url or ""
        self.page_type = page._meta.verbose_name


def pages_needing_attention():
    """Every opted-in page whose latest draft is over target or makes a claim, hardest first."""
    checker = Checker()
    findings = []
    for model in plain_language_page_models():
        for page in model.objects.select_related("latest_revision").order_by("title"):
            draft = page.latest_revision.as_object() if page.latest_revision else page
            check = checker.check(draft)
            if check.needs_attention:
                findings.append(PageFinding(draft, check))
    return sorted(findings, key=difficulty)


def difficulty(finding):
    """Hardest first in each language: a high grade in English, a low score in Spanish."""
    level = finding.check.level
    return (level.language, level.grade if level.scale.higher_is_easier else -level.grade)


class ReadingLevelReport(SafeSpreadsheetExportMixin, ReportView):
    page_title = "Reading level"
    header_icon = "doc-full"
    index_url_name = "plain_language_report"
    index_results_url_name = "plain_language_report_results"
    model = Page  # permissions are checked against the page tree
    any_permission_required = REPORT_PERMISSIONS
    no_results_message = "Every page reads at or below the target grade and makes no claim to avoid."
    columns = [
        TitleColumn("title", label="Page", url_name="wagtailadmin_pages:edit", width="18%"),
        Column("page_type", label="Type"),
        Column("language", label=_("Language")),
        Column("grade", label=_("Grade (Flesch–Kincaid) or INFLESZ score")),
        Column("smog", label=_("SMOG or Fernández-Huerta")),
        Column("target", label="Target"),
        Column("longest", label="Longest sentence"),
        Column("claims", label="Claims to avoid"),
    ]
    list_export = ["title", "page_type", "language", "formula", "grade", "smog", "target", "longest", "claims", "url"]
    export_headings = {
        "title": "Page",
        "page_type": "Type",
        "language": _("Language"),
        "formula": _("Formulas"),
        "grade": _("Grade (Flesch–Kincaid) or INFLESZ score"),
        "smog": _("SMOG or Fernández-Huerta"),
        "url": "Page address",
    }

    def get_queryset(self):
        return pages_needing_attention()
