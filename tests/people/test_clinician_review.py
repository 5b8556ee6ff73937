"""A clinician page states credentials: like a treatment, it goes live through Clinical review."""

import pytest
from django.contrib.auth.models import Group

from core.roles import CLINICAL_REVIEWERS
from people.models import ClinicianPage
from people.review import assign_clinical_review
from tests.admin_forms import clinician_form
from tests.treatments.test_review_workflow import act
from treatments.review import CLINICAL_REVIEW


def test_the_team_index_is_in_clinical_review(team_index):
    assert team_index.get_workflow().name == CLINICAL_REVIEW
    # Assigning again changes nothing (the signal and a re-run both call it).
    assign_clinical_review(team_index)
    assert team_index.get_workflow().name == CLINICAL_REVIEW


def test_reviewers_may_edit_team_pages(team_index):
    reviewers = Group.objects.get(name=CLINICAL_REVIEWERS)
    assert reviewers.page_permissions.filter(page=team_index, permission__codename="change_page").exists()


@pytest.mark.parametrize("action", ["action-publish", "action-submit"])
def test_an_editor_submits_a_clinician_page_and_a_reviewer_approves_it(client, team_index, staff, action):
    client.force_login(staff["editor"])
    url = f"/admin/pages/add/people/clinicianpage/{team_index.pk}/"
    response = client.post(url, {**clinician_form(), action: action})
    assert response.status_code == 302, response.content.decode()[:2000]
    page = ClinicianPage.objects.get(slug="rebecca-lindqvist")
    assert not page.live  # an editor's "Publish" is not offered here, and never publishes

    if action == "action-submit":
        assert page.current_workflow_state.workflow.name == CLINICAL_REVIEW
        assert act(client, staff["reviewer"], page, "approve").status_code == 302
        assert ClinicianPage.objects.get(pk=page.pk).live
