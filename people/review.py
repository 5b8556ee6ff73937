"""Clinician pages go live through the same Clinical review workflow as treatments (treatments/review.py)."""

from wagtail.models import WorkflowPage

from treatments.review import install_clinical_review


def assign_clinical_review(team_index):
    """Assign the Clinical review workflow to ``team_index`` unless it already has a workflow."""
    workflow = install_clinical_review()
    if not WorkflowPage.objects.filter(page=team_index).exists():
        WorkflowPage.objects.create(page=team_index, workflow=workflow)
    return workflow
