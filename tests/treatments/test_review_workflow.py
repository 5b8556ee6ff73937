"""Clinical review end to end, through the admin's own views: submit, request changes, approve, schedule."""

import datetime
from unittest import mock

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import PageLogEntry, WorkflowState
from wagtail.workflows import publish_workflow_state

from home.models import ContentPage
from tests.admin_forms import treatment_form
from treatments.models import TreatmentPage
from treatments.review import CLINICAL_REVIEW
from treatments.review_dates import add_months, next_review_after_approval


@pytest.fixture
def review(client, home_page, treatment_index, staff):
    """A treatment page an editor has written and submitted for clinical review."""

    def submit(**overrides):
        client.force_login(staff["editor"])
        url = f"/admin/pages/add/treatments/treatmentpage/{treatment_index.pk}/"
        response = client.post(url, {**treatment_form(**overrides), "action-submit": "action-submit"})
        assert response.status_code == 302, response.content.decode()[:2000]
        return TreatmentPage.objects.get(slug="cupping-therapy")

    return submit


def act(client, user, page, action, comment=""):
    """Press Approve / Request changes on a task, as the dashboard and the page editor do."""
    client.force_login(user)
    task_state = page.current_workflow_task_state
    url = f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/"
    return client.post(url, {"comment": comment})


def test_treatments_are_in_clinical_review_and_content_pages_are_not(home_page, treatment_index):
    about = home_page.add_child(instance=ContentPage(title="About", slug="about"))
    assert treatment_index.get_workflow().name == CLINICAL_REVIEW
    assert about.get_workflow() is None
    assert home_page.get_workflow() is None


def test_editor_submits_and_the_page_waits_for_a_reviewer(client, review, staff):
    page = review()

    assert not page.live
    state = page.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == CLINICAL_REVIEW
    assert state.requested_by == staff["editor"]

    client.force_login(staff["reviewer"])
    dashboard = client.get("/admin/").content.decode()
    assert "Awaiting your review" in dashboard
    assert "Cupping Therapy" in dashboard
    # Reviewers are told by email too (Wagtail's moderation notification).
    assert any(staff["reviewer"].email in message.to for message in mail.outbox)


def test_approval_publishes_and_records_the_review(client, review, staff):
    page = review(next_review_due="")
    response = act(client, staff["reviewer"], page, "approve", comment="Checked against current guidance.")
    assert response.status_code == 302

    page = TreatmentPage.objects.get(pk=page.pk)
    today = timezone.localdate()
    assert page.live
    assert (page.last_reviewed, page.reviewed_by) == (today, "Dana Whitfield")
    assert page.next_review_due == add_months(today, 12)
    # The live page and the newest revision agree, so the next edit starts from the reviewed version.
    assert page.live_revision == page.get_latest_revision()
    assert not page.has_unpublished_changes
    latest = page.get_latest_revision().as_object()
    assert (latest.last_reviewed, latest.reviewed_by, latest.next_review_due) == (
        today,
        "Dana Whitfield",
        add_months(today, 12),
    )
    assert page.current_workflow_state is None
    publish = PageLogEntry.objects.filter(page=page, action="wagtail.publish").get()
    assert publish.user == staff["reviewer"]
    approve = PageLogEntry.objects.filter(page=page, action="wagtail.workflow.approve").get()
    assert approve.data["comment"] == "Checked against current guidance."


def test_approved_treatment_is_listed_and_searchable(client, review, staff):
    def visible_to_visitors():
        client.logout()
        listed = "Cupping Therapy" in client.get("/treatments/").content.decode()
        results = client.get("/search/", {"q": "cupping", "format": "json"}).json()["results"]
        return listed, [result["title"] for result in results]

    page = review()
    assert visible_to_visitors() == (False, [])
    act(client, staff["reviewer"], page, "approve")
    assert visible_to_visitors() == (True, ["Cupping Therapy"])


def test_reviewer_requests_changes_and_the_editor_sees_why(client, review, staff):
    page = review()
    mail.outbox.clear()
    act(client, staff["reviewer"], page, "reject", comment="Add that cupping is not advised on broken skin.")

    page = TreatmentPage.objects.get(pk=page.pk)
    assert not page.live
    assert page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES

    client.force_login(staff["editor"])
    editor_view = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Add that cupping is not advised on broken skin." in editor_view
    emails = [message for message in mail.outbox if staff["editor"].email in message.to]
    assert emails and "Add that cupping is not advised on broken skin." in emails[0].body


def test_editor_resubmits_after_changes_and_the_second_approval_publishes(client, review, staff, treatment_index):
    page = review()
    act(client, staff["reviewer"], page, "reject", comment="Mention broken skin.")
    client.force_login(staff["editor"])
    data = treatment_form(summary="Cupping uses gentle suction; not on broken skin.")
    response = client.post(f"/admin/pages/{page.pk}/edit/", {**data, "action-submit": "action-submit"})
    assert response.status_code == 302

    page = TreatmentPage.objects.get(pk=page.pk)
    act(client, staff["reviewer"], page, "approve")
    page = TreatmentPage.objects.get(pk=page.pk)
    assert page.live
    assert page.summary == "Cupping uses gentle suction; not on broken skin."


def test_only_clinical_reviewers_may_approve(client, review, staff):
    page = review()
    response = act(client, staff["editor"], page, "approve")
    assert response.status_code in (302, 403)
    page = TreatmentPage.objects.get(pk=page.pk)
    assert not page.live
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_reviewers_can_edit_treatments_but_not_other_pages(client, review, staff, home_page):
    page = review()
    about = home_page.add_child(instance=ContentPage(title="About", slug="about"))
    client.force_login(staff["reviewer"])
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{about.pk}/edit/").status_code == 302  # refused, back to the dashboard


def test_editors_cannot_publish_a_new_treatment_when_creating_it(client, home_page, treatment_index, staff):
    client.force_login(staff["editor"])
    url = f"/admin/pages/add/treatments/treatmentpage/{treatment_index.pk}/"
    form = client.get(url).content.decode()
    assert 'name="action-publish"' not in form
    assert 'name="action-submit"' in form

    client.post(url, {**treatment_form(), "action-publish": "action-publish"})
    page = TreatmentPage.objects.get(slug="cupping-therapy")
    assert not page.live  # saved as a draft instead


def test_wagtails_own_finishing_step_would_refuse_a_reviewer(client, review, staff):
    """Why treatments.review.publish_after_review exists: Wagtail re-checks the approver's publish permission."""
    page = review()
    with pytest.raises(PermissionDenied):
        publish_workflow_state(page.current_workflow_state, user=staff["reviewer"])


def test_a_date_chosen_in_this_round_survives_approval(client, review, staff):
    chosen = timezone.localdate() + datetime.timedelta(days=180)
    page = review(next_review_due=chosen.isoformat())
    act(client, staff["reviewer"], page, "approve")
    assert TreatmentPage.objects.get(pk=page.pk).next_review_due == chosen


def test_next_review_after_approval():
    reviewed = datetime.date(2026, 3, 1)
    a_year_on = datetime.date(2027, 3, 1)
    # The previous review's due date restarts the clock...
    assert next_review_after_approval(reviewed, datetime.date(2026, 3, 20), datetime.date(2026, 3, 20)) == a_year_on
    # ...as does a date already past, or none at all...
    assert next_review_after_approval(reviewed, datetime.date(2026, 2, 1), None) == a_year_on
    assert next_review_after_approval(reviewed, None, None) == a_year_on
    # ...but a future date set for this review is kept.
    assert next_review_after_approval(reviewed, datetime.date(2026, 9, 1), datetime.date(2026, 3, 20)) == (
        datetime.date(2026, 9, 1)
    )


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (datetime.date(2026, 1, 15), 12, datetime.date(2027, 1, 15)),
        (datetime.date(2028, 2, 29), 12, datetime.date(2029, 2, 28)),
        (datetime.date(2026, 1, 31), 1, datetime.date(2026, 2, 28)),
        (datetime.date(2026, 11, 30), 3, datetime.date(2027, 2, 28)),
    ],
)
def test_add_months(start, months, expected):
    assert add_months(start, months) == expected


def test_approval_of_a_scheduled_page_waits_for_publish_scheduled(client, review, staff):
    """Scheduled publishing: approval of a page with a go-live date schedules it; the cron job publishes it."""
    go_live = timezone.now() + datetime.timedelta(days=2)
    page = review(go_live_at=timezone.localtime(go_live).strftime("%Y-%m-%d %H:%M"))
    act(client, staff["reviewer"], page, "approve")

    page = TreatmentPage.objects.get(pk=page.pk)
    assert not page.live
    revision = page.get_latest_revision()
    assert revision.approved_go_live_at is not None
    assert revision.as_object().reviewed_by == "Dana Whitfield"

    call_command("publish_scheduled")
    assert not TreatmentPage.objects.get(pk=page.pk).live  # not yet due

    three_days_later = timezone.now() + datetime.timedelta(days=3)
    with mock.patch("django.utils.timezone.now", return_value=three_days_later):
        call_command("publish_scheduled")
    page = TreatmentPage.objects.get(pk=page.pk)
    assert page.live
    assert page.reviewed_by == "Dana Whitfield"


def test_publish_scheduled_publishes_a_content_page_whose_time_has_come(home_page, staff):
    about = home_page.add_child(instance=ContentPage(title="About", slug="about", live=False))
    about.go_live_at = timezone.now() - datetime.timedelta(minutes=5)
    revision = about.save_revision(user=staff["editor"], approved_go_live_at=about.go_live_at)
    assert not ContentPage.objects.get(pk=about.pk).live

    call_command("publish_scheduled")

    assert ContentPage.objects.get(pk=about.pk).live
    assert ContentPage.objects.get(pk=about.pk).live_revision == revision
