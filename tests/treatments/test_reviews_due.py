"""Keeping content current: when each treatment is next due for review, and where the team sees it."""

import datetime
import importlib
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.utils import timezone

from tests.twofactor import verified_login
from treatments.models import TreatmentPage
from treatments.review import review_status, treatments_due_for_review

TODAY = timezone.localdate()


def days(n):
    return TODAY + datetime.timedelta(days=n)


def test_next_review_defaults_to_twelve_months_after_the_last(make_treatment):
    page = make_treatment("Dry Needling")  # last reviewed January 15, 2026
    assert TreatmentPage.objects.get(pk=page.pk).next_review_due == datetime.date(2027, 1, 15)
    assert page.get_latest_revision().as_object().next_review_due == datetime.date(2027, 1, 15)


def test_an_editor_may_bring_the_review_forward(make_treatment):
    page = make_treatment("Dry Needling", next_review_due=datetime.date(2026, 6, 1))
    assert TreatmentPage.objects.get(pk=page.pk).next_review_due == datetime.date(2026, 6, 1)


def test_a_page_never_reviewed_has_no_due_date(make_treatment):
    page = make_treatment("Dry Needling", last_reviewed=None)
    assert page.next_review_due is None


def test_the_treatment_page_says_when_the_next_review_is_due(client, home_page, make_treatment):
    make_treatment("Dry Needling")
    html = client.get("/treatments/dry-needling/").content.decode()
    assert 'Next review due <time datetime="2027-01-15">January 15, 2027</time>.' in html


def test_existing_pages_get_a_due_date_from_the_migration(make_treatment):
    page = make_treatment("Dry Needling")
    TreatmentPage.objects.filter(pk=page.pk).update(next_review_due=None, last_reviewed=datetime.date(2024, 2, 29))
    migration = importlib.import_module("treatments.migrations.0004_next_review_due")
    migration.fill_next_review_due(apps, schema_editor=None)
    assert TreatmentPage.objects.get(pk=page.pk).next_review_due == datetime.date(2025, 2, 28)


@pytest.fixture
def treatments(make_treatment):
    return {
        "overdue": make_treatment("Acupuncture", next_review_due=days(-3)),
        "soon": make_treatment("Dry Needling", next_review_due=days(20)),
        "today": make_treatment("Cupping", next_review_due=TODAY),
        "later": make_treatment("Massage", next_review_due=days(90)),
        "never": make_treatment("Shockwave", last_reviewed=None, reviewed_by=""),
        "draft": make_treatment("Traction", next_review_due=days(-30), live=False),
    }


def test_due_list_is_overdue_soon_or_never_reviewed_most_urgent_first(treatments):
    assert [page.title for page in treatments_due_for_review(TODAY)] == [
        "Shockwave",
        "Acupuncture",
        "Cupping",
        "Dry Needling",
    ]


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        (None, "Never reviewed"),
        (-1, "Overdue by 1 day"),
        (-3, "Overdue by 3 days"),
        (0, "Due today"),
        (1, "Due in 1 day"),
    ],
)
def test_review_status_in_words(due, expected):
    page = SimpleNamespace(next_review_due=None if due is None else days(due))
    assert review_status(page, TODAY) == expected


def test_report_lists_the_treatments_due(client, treatments, staff):
    client.force_login(staff["editor"])
    response = client.get("/admin/reports/treatment-reviews-due/")
    assert response.status_code == 200
    html = response.content.decode()
    for title in ["Shockwave", "Acupuncture", "Cupping", "Dry Needling"]:
        assert title in html
    assert "Massage" not in html and "Traction" not in html
    assert "Overdue by 3 days" in html and "Never reviewed" in html
    assert f'href="/admin/pages/{treatments["overdue"].pk}/edit/"' in html

    export = client.get("/admin/reports/treatment-reviews-due/", {"export": "csv"})
    rows = b"".join(export.streaming_content).decode().splitlines()
    assert rows[0].startswith("Treatment,Language,Translation,Next review due,Last reviewed,Reviewed by")
    assert len(rows) == 5


def test_reports_menu_offers_the_report_to_editors_and_reviewers_only(client, treatments, staff):
    for role, shown in [("editor", True), ("reviewer", True), ("front_desk", False)]:
        verified_login(client, staff[role])
        assert ("/admin/reports/treatment-reviews-due/" in client.get("/admin/").content.decode()) is shown, role


def test_dashboard_panel_for_editors_and_reviewers(client, treatments, staff):
    for role in ["editor", "reviewer"]:
        verified_login(client, staff[role])
        html = client.get("/admin/").content.decode()
        assert 'id="treatment-reviews-due-section"' in html
        assert "Acupuncture" in html and "Overdue by 3 days" in html
        assert "(4 treatments in all)" in html
    verified_login(client, staff["front_desk"])
    assert "treatment-reviews-due-section" not in client.get("/admin/").content.decode()


def test_no_panel_when_nothing_is_due(client, make_treatment, staff):
    make_treatment("Massage", next_review_due=days(90))
    client.force_login(staff["editor"])
    assert "treatment-reviews-due-section" not in client.get("/admin/").content.decode()
