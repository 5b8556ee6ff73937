"""The Clinical review set-up migrates with treatments (0006), and leaves sites set up by core's 0002 alone."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage

from core.roles import CLINICAL_REVIEWERS
from treatments.review import CLINICAL_REVIEW
from treatments.review_task import ClinicalReviewTask

migration = importlib.import_module("treatments.migrations.0008_clinical_review_workflow")

pytestmark = pytest.mark.django_db


def test_a_new_database_gets_the_workflow_with_its_reviewers_task():
    # The test database was built by the migrations, so this is what a fresh site has.
    workflow = Workflow.objects.get(name=CLINICAL_REVIEW)
    task = ClinicalReviewTask.objects.get(name=CLINICAL_REVIEW)
    assert list(workflow.tasks.specific()) == [task]
    assert list(task.groups.values_list("name", flat=True)) == [CLINICAL_REVIEWERS]


def test_the_migration_creates_the_workflow_where_it_is_missing():
    Workflow.objects.filter(name=CLINICAL_REVIEW).delete()
    GroupApprovalTask.objects.filter(name=CLINICAL_REVIEW).delete()
    migration.forwards(apps, None)
    assert Workflow.objects.filter(name=CLINICAL_REVIEW, active=True).count() == 1
    assert Group.objects.filter(name=CLINICAL_REVIEWERS).exists()


def test_a_site_set_up_before_the_move_keeps_an_administrators_choices(treatment_index):
    # An administrator took the workflow off the treatments index; migrating to this version must not
    # put it back, nor create a second workflow.
    WorkflowPage.objects.filter(page=treatment_index).delete()
    migration.forwards(apps, None)
    migration.forwards(apps, None)
    assert not WorkflowPage.objects.filter(page=treatment_index).exists()
    assert Workflow.objects.filter(name=CLINICAL_REVIEW).count() == 1
    assert GroupApprovalTask.objects.filter(name=CLINICAL_REVIEW).count() == 1
