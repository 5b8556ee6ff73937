"""Clinical review: the workflow that publishes treatment pages, and when each page is next due for review.

Wagtail imports ``publish_after_review`` (settings.WAGTAIL_FINISH_WORKFLOW_ACTION) while it is still
loading its own models, so this module imports models only inside functions. The date arithmetic the
models need too is in ``review_dates``, so the models never import this module.
"""

import datetime

from django.apps import apps as global_apps
from django.utils import timezone

from core.roles import CLINICAL_REVIEWERS

from .review_dates import next_review_after_approval

CLINICAL_REVIEW = "Clinical review"
DUE_SOON_DAYS = 30


def reviewer_name(user):
    return (user.get_full_name() or user.get_username()).strip()


def publish_after_review(workflow_state, user=None):
    """Finish a workflow by publishing its object; a treatment page first records who reviewed it and when.

    Wagtail's own finishing action re-checks that the approver may publish. Clinical reviewers may not
    publish directly, by design: having the approve action of the task is their authority, so the
    approved revision is published without that check. The review stamp is saved as a new revision
    before publishing, so the live page and its latest revision carry the same date and name.
    """
    from wagtail.models import Page
    from wagtail.workflows import publish_workflow_state

    from .models import TreatmentIndexPage, TreatmentPage

    obj = workflow_state.content_object
    # Whatever the workflow on the treatments section is called, it is the section's clinical review.
    if not (isinstance(obj, Page) and issubclass(obj.specific_class, (TreatmentIndexPage, TreatmentPage))):
        return publish_workflow_state(workflow_state, user=user)

    revision = obj.get_latest_revision()
    page = revision.as_object()
    if isinstance(page, TreatmentPage) and user is not None:
        today = timezone.localdate()
        live_due = obj.specific.next_review_due if obj.live else None
        page.last_reviewed = today
        page.reviewed_by = reviewer_name(user)
        page.next_review_due = next_review_after_approval(today, page.next_review_due, live_due)
        revision = page.save_revision(user=user)
    revision.publish(user=user, skip_permission_checks=True)


def install_clinical_review(apps=global_apps):
    """Create the Clinical review workflow if it is missing and assign it to every treatments index.

    An index that already has a workflow keeps it: an administrator may have chosen another.
    ``apps`` is the model registry: a migration passes its historical one, everything else the live one.
    """
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    TreatmentIndexPage = apps.get_model("treatments", "TreatmentIndexPage")

    workflow = Workflow.objects.filter(name=CLINICAL_REVIEW).first()
    if workflow is None:
        reviewers, _ = Group.objects.get_or_create(name=CLINICAL_REVIEWERS)
        task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
        task = GroupApprovalTask.objects.create(name=CLINICAL_REVIEW, content_type=task_type, active=True)
        task.groups.add(reviewers)
        workflow = Workflow.objects.create(name=CLINICAL_REVIEW, active=True)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)

    for index in TreatmentIndexPage.objects.exclude(pk__in=WorkflowPage.objects.values("page_id")):
        WorkflowPage.objects.create(page_id=index.pk, workflow=workflow)
    return workflow


def review_status(page, today=None):
    """How urgent a page's review is, in words for the report and the dashboard."""
    if page.next_review_due is None:
        return "Never reviewed"
    days = (page.next_review_due - (today or timezone.localdate())).days
    if days < 0:
        return f"Overdue by {-days} day{'s' if days != -1 else ''}"
    if days == 0:
        return "Due today"
    return f"Due in {days} day{'s' if days != 1 else ''}"


def treatments_due_for_review(today=None):
    """Live treatments overdue for review, due within DUE_SOON_DAYS, or never reviewed; most urgent first."""
    from django.db.models import F, Q

    from .models import TreatmentPage

    today = today or timezone.localdate()
    horizon = today + datetime.timedelta(days=DUE_SOON_DAYS)
    return (
        TreatmentPage.objects.live()
        .filter(Q(next_review_due__lte=horizon) | Q(next_review_due__isnull=True))
        .defer_streamfields()
        .order_by(F("next_review_due").asc(nulls_first=True), "title")
    )
