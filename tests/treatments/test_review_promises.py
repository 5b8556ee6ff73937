"""Clinical review keeps its promises: a due date within the interval, shown before approval, and no self-approval."""

import datetime
import html

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Workflow, WorkflowState

from core.roles import CLINICAL_REVIEWERS
from tests.admin_forms import treatment_form
from tests.twofactor import verified_login
from treatments.models import ClinicalReviewTask, TreatmentPage
from treatments.review import CLINICAL_REVIEW
from treatments.review_dates import add_months, long_date, next_review_after_approval

ADD_URL = "/admin/pages/add/treatments/treatmentpage/{}/"


def add_treatment(client, user, index, action="action-submit", **overrides):
    client.force_login(user)
    return client.post(ADD_URL.format(index.pk), {**treatment_form(**overrides), action: action})


def approve(client, user, page):
    verified_login(client, user)
    task_state = TreatmentPage.objects.get(pk=page.pk).current_workflow_task_state
    return client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""})


def submitted_page():
    return TreatmentPage.objects.get(slug="cupping-therapy")


@pytest.fixture
def second_reviewer(make_staff):
    return make_staff("rosa", CLINICAL_REVIEWERS, "Rosa", "Second")


def test_the_clinical_review_workflow_uses_the_task_that_refuses_self_approval(treatment_index):
    task = Workflow.objects.get(name=CLINICAL_REVIEW).tasks.get().specific
    assert isinstance(task, ClinicalReviewTask)
    assert list(task.groups.values_list("name", flat=True)) == [CLINICAL_REVIEWERS]


@pytest.mark.parametrize("months_later", [(12, 1), (24, 0), (168, 0)])  # a day late, two years, "2040"
def test_a_due_date_past_the_interval_is_refused_with_the_limit(client, treatment_index, staff, months_later):
    months, days = months_later
    today = timezone.localdate()
    late = add_months(today, months) + datetime.timedelta(days=days)
    for action in ("action-submit", "action-save-draft"):
        response = add_treatment(client, staff["editor"], treatment_index, action, next_review_due=late.isoformat())
        assert response.status_code == 200  # the form again, with everything typed kept
        text = html.unescape(response.content.decode())
        assert f"Choose {long_date(add_months(today, 12))} or earlier" in text
        assert "at least every 12 months" in text
        assert 'value="Cupping Therapy"' in text
        assert not TreatmentPage.objects.filter(slug="cupping-therapy").exists()


def test_a_due_date_within_the_interval_is_accepted(client, treatment_index, staff):
    last_day = add_months(timezone.localdate(), 12)
    response = add_treatment(client, staff["editor"], treatment_index, next_review_due=last_day.isoformat())
    assert response.status_code == 302
    assert submitted_page().get_latest_revision_as_object().next_review_due == last_day


def test_approval_never_promises_later_than_the_interval(client, treatment_index, staff):
    """A far date that reached a revision some other way (an old draft, the API) is cut back on approval."""
    add_treatment(client, staff["editor"], treatment_index)
    page = submitted_page()
    draft = page.get_latest_revision_as_object()
    draft.next_review_due = datetime.date(2040, 1, 1)
    draft.save_revision(user=staff["editor"])

    assert approve(client, staff["reviewer"], page).status_code == 302
    page = TreatmentPage.objects.get(pk=page.pk)
    assert page.live
    assert page.next_review_due == add_months(timezone.localdate(), 12)


def test_next_review_after_approval_is_capped_at_the_interval():
    reviewed = datetime.date(2026, 3, 1)
    for chosen in (datetime.date(2027, 3, 2), datetime.date(2040, 1, 1)):
        assert next_review_after_approval(reviewed, chosen, None) == datetime.date(2027, 3, 1)
    assert next_review_after_approval(reviewed, datetime.date(2027, 3, 1), None) == datetime.date(2027, 3, 1)


def test_the_reviewer_sees_the_due_date_approval_will_set(client, treatment_index, staff):
    chosen = timezone.localdate() + datetime.timedelta(days=90)
    add_treatment(client, staff["editor"], treatment_index, next_review_due=chosen.isoformat())
    page = submitted_page()
    client.force_login(staff["reviewer"])
    promise = f"Approve (next review due {long_date(chosen)})"
    assert promise in html.unescape(client.get(f"/admin/pages/{page.pk}/edit/").content.decode())
    assert promise in html.unescape(client.get("/admin/").content.decode())

    approve(client, staff["reviewer"], page)
    assert TreatmentPage.objects.get(pk=page.pk).next_review_due == chosen


def test_a_never_reviewed_page_says_so(client, treatment_index, staff):
    add_treatment(client, staff["editor"], treatment_index)
    client.force_login(staff["editor"])
    editor = client.get(f"/admin/pages/{submitted_page().pk}/edit/").content.decode()
    assert "Not reviewed yet" in editor
    assert ">None<" not in editor.replace(" ", "").replace("\n", "")


def test_an_editor_who_is_also_a_reviewer_cannot_approve_their_own_submission(
    client, treatment_index, staff, second_reviewer
):
    both = staff["editor"]
    both.groups.add(Group.objects.get(name=CLINICAL_REVIEWERS))
    add_treatment(client, both, treatment_index)
    page = submitted_page()

    client.force_login(both)
    editor = html.unescape(client.get(f"/admin/pages/{page.pk}/edit/").content.decode())
    assert "Request changes" in editor  # still a reviewer of other people's work
    assert "Approve (" not in editor
    approve(client, both, page)  # refused: Wagtail sends the user back to the dashboard with a message
    page = TreatmentPage.objects.get(pk=page.pk)
    assert not page.live and page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS

    approve(client, second_reviewer, page)
    assert TreatmentPage.objects.get(pk=page.pk).live


def test_a_reviewer_who_edited_the_page_in_this_round_cannot_approve_it_alone(
    client, treatment_index, staff, second_reviewer
):
    add_treatment(client, staff["editor"], treatment_index)
    page = submitted_page()
    client.force_login(staff["reviewer"])
    response = client.post(f"/admin/pages/{page.pk}/edit/", treatment_form(summary="Reworded by the reviewer."))
    assert response.status_code == 302

    approve(client, staff["reviewer"], page)
    assert not TreatmentPage.objects.get(pk=page.pk).live
    client.force_login(staff["reviewer"])
    assert "Approve (" not in html.unescape(client.get(f"/admin/pages/{page.pk}/edit/").content.decode())

    approve(client, second_reviewer, page)
    page = TreatmentPage.objects.get(pk=page.pk)
    assert page.live and page.summary == "Reworded by the reviewer."
    assert page.reviewed_by == "Rosa Second"


def test_a_reviewer_who_edited_an_earlier_round_may_approve_this_one(client, treatment_index, staff):
    """Only this round counts: text the reviewer wrote that is already live was approved by someone else."""
    add_treatment(client, staff["editor"], treatment_index)
    page = submitted_page()
    client.force_login(staff["reviewer"])
    client.post(f"/admin/pages/{page.pk}/edit/", treatment_form(summary="Reworded by the reviewer."))
    approve(client, staff["admin"], page)
    assert TreatmentPage.objects.get(pk=page.pk).live

    client.force_login(staff["editor"])
    data = {**treatment_form(summary="A new round."), "action-submit": "action-submit"}
    assert client.post(f"/admin/pages/{page.pk}/edit/", data).status_code == 302
    assert approve(client, staff["reviewer"], page).status_code == 302
    assert TreatmentPage.objects.get(pk=page.pk).summary == "A new round."
