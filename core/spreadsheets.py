"""Spreadsheet exports that are safe to open, whatever text was stored.

Wagtail's SpreadsheetExportMixin writes each value as it is. Text that someone typed into a public form
may start with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return, which Excel and LibreOffice run as
a formula when they open a CSV file (OWASP "CSV injection": ``=HYPERLINK(...)`` sending the other rows
to a stranger, ``=cmd|...`` running a program). Stored text may also hold control characters that
openpyxl refuses to write (IllegalCharacterError: every XLSX export fails until the row is deleted).

``SafeSpreadsheetExportMixin`` hooks in where Wagtail turns each value into a cell
(``preprocess_field_value``) and where it writes headings (``get_heading``), so every column (dates,
names, lists, an editor's field labels) of both formats passes through it. Every export view of the
project uses it; tests/appointments/test_csv_export_safety.py fails for one that does not.
"""

import re

# The OWASP list of characters that make a spreadsheet read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# C0 control characters except tab, line feed and carriage return, and DEL: they mean nothing in a form
# answer or a cell, and openpyxl (XML 1.0) cannot write most of them.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def strip_control_characters(text):
    return CONTROL_CHARACTERS.sub("", text)


def looks_like_formula(text):
    return text.startswith(FORMULA_STARTS)


def defuse(text):
    """The text as a CSV cell no spreadsheet runs: a leading apostrophe makes a formula plain text."""
    text = strip_control_characters(text)
    return "'" + text if looks_like_formula(text) else text


class SafeSpreadsheetExportMixin:
    """Goes before Wagtail's export mixin: ``class V(SafeSpreadsheetExportMixin, ReportView)``."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if not isinstance(value, str):
            return value  # numbers, dates and times are written as such, never as formulas
        if export_format == self.FORMAT_CSV:
            return defuse(value)
        # In XLSX the cell is stored as text (below), so it keeps what was typed, apostrophe-free
        # (a phone number "+44 ..." stays readable).
        return strip_control_characters(value)

    def generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        for cell in super().generate_xlsx_row(worksheet, row_dict, date_format=date_format):
            if isinstance(cell.value, str) and looks_like_formula(cell.value):
                # Wagtail already stores it as text, not a formula; the quote prefix is Excel's own
                # "this is text" mark, so the cell stays text even when someone edits it.
                cell.data_type = "s"
                cell.quotePrefix = True
            yield cell

    def get_heading(self, queryset, field):
        # Headings are field labels an editor typed: the same rule applies (and the XLSX heading row
        # is written by openpyxl's append, which reads "=..." as a formula).
        return defuse(super().get_heading(queryset, field))
