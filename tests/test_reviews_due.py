"""Keeping content current: when each treatment is next due for review, and where the team sees it."""

import datetime
import importlib

from django.apps import apps

from treatments.models import TreatmentPage


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
    migration = importlib.import_module("treatments.migrations.0002_next_review_due")
    migration.fill_next_review_due(apps, schema_editor=None)
    assert TreatmentPage.objects.get(pk=page.pk).next_review_due == datetime.date(2025, 2, 28)
