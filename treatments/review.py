"""Clinical review: the workflow that publishes treatment pages, and when each page is next due for review.

Wagtail imports ``publish_after_review`` (settings.WAGTAIL_FINISH_WORKFLOW_ACTION) while it is still
loading its own models, so this module imports models only inside functions. The date rules the models,
their editor form and the review task need too are in ``review_dates``, so none of them imports this
module.
"""

import datetime

from django.apps import apps as global_apps
from django.conf import settings
from django.utils import timezone

from core.roles import CLINICAL_REVIEWERS

from .language_review import approved_publish
from .review_dates import due_after_approval_today

CLINICAL_REVIEW = "Clinical review"
DUE_SOON_DAYS = 30


def reviewer_name(user):
    return (user.get_full_name() or user.get_username()).strip()


def reviewer_page(user):
    """The reviewer's live clinician page, if their account is linked to one (people.ClinicianPage.reviewer_account).

    Read through the reverse relation: this app cannot import the people app, which depends on it.
    """
    pages = getattr(user, "clinician_pages", None)
    return pages.live().order_by("pk").first() if pages is not None else None


def publish_after_review(workflow_state, user=None):
    """Finish a workflow by publishing its object; a treatment page first records who reviewed it and when.

    Wagtail's own finishing action re-checks that the approver may publish. Clinical reviewers may not
    publish directly, by design: having the approve action of the task is their authority, so the
    approved revision is published without that check. The review stamp is saved as a new revision
    before publishing, so the live page and its latest revision carry the same date and name.
    """
    from wagtail.models import Page
    from wagtail.workflows import publish_workflow_state

    from .models import TreatmentPage
    from .permissions import ClinicalReviewMixin

    obj = workflow_state.content_object
    # Whatever the workflow on a reviewed section is called (treatments, the team's clinician pages), it is
    # that section's clinical review.
    if not (isinstance(obj, Page) and issubclass(obj.specific_class, ClinicalReviewMixin)):
        return publish_workflow_state(workflow_state, user=user)

    revision = obj.get_latest_revision()
    page = revision.as_object()
    if isinstance(page, TreatmentPage) and user is not None:
        page.next_review_due = due_after_approval_today(obj)
        page.last_reviewed = timezone.localdate()
        page.reviewed_by = reviewer_name(user)
        page.reviewer_page = reviewer_page(user)
        revision = page.save_revision(user=user)
        # The reviewer has now seen the page as it is, shared images and conditions included.
        obj.specific.changes_since_review.all().delete()
    with approved_publish():
        revision.publish(user=user, skip_permission_checks=True)


def install_clinical_review(apps=global_apps):
    """Create the Clinical review workflow if it is missing and assign it to every treatments index.

    An index that already has a workflow keeps it: an administrator may have chosen another.
    ``apps`` is the model registry: a migration passes its historical one, everything else the live one.
    """
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    TreatmentIndexPage = apps.get_model("treatments", "TreatmentIndexPage")

    try:
        task_model = apps.get_model("treatments", "ClinicalReviewTask")
    except LookupError:  # an early migration's registry: a later one converts the task (treatments 0006)
        task_model = apps.get_model("wagtailcore", "GroupApprovalTask")

    workflow = Workflow.objects.filter(name=CLINICAL_REVIEW).first()
    if workflow is None:
        reviewers, _ = Group.objects.get_or_create(name=CLINICAL_REVIEWERS)
        meta = task_model._meta
        task_type, _ = ContentType.objects.get_or_create(app_label=meta.app_label, model=meta.model_name)
        task = task_model.objects.create(name=CLINICAL_REVIEW, content_type=task_type, active=True)
        task.groups.add(reviewers)
        workflow = Workflow.objects.create(name=CLINICAL_REVIEW, active=True)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)

    for index in TreatmentIndexPage.objects.exclude(pk__in=WorkflowPage.objects.values("page_id")):
        WorkflowPage.objects.create(page_id=index.pk, workflow=workflow)
    return workflow


def review_status(page, today=None):
    """How urgent a page's review is, in words for the report and the dashboard."""
    if getattr(page, "change_since_review", None):
        return f"Changed since review: {page.change_since_review}"
    if page.next_review_due is None:
        return "Never reviewed"
    days = (page.next_review_due - (today or timezone.localdate())).days
    if days < 0:
        return f"Overdue by {-days} day{'s' if days != -1 else ''}"
    if days == 0:
        return "Due today"
    return f"Due in {days} day{'s' if days != 1 else ''}"


def with_source_changes(queryset):
    """``queryset`` of pages annotated with ``source_published_at`` (when the English page they translate was
    last published; None for English pages) and ``source_changed`` (True when that is later than the
    translation's own last publish).

    Why these two dates: a translated treatment page goes live only through the Clinical review workflow's
    approval (language_review.py), so its ``last_published_at`` is when a reviewer last signed off its
    content; the source's ``last_published_at`` is when the English text patients read last changed. Both
    are plain columns, so one subquery marks every row. wagtail-localize's own sync state
    (TranslationSource.last_updated_at) was not used: it moves only when someone syncs, so an English change
    nobody synced yet, the very case the mark exists for, would never show.
    """
    from django.db.models import BooleanField, Case, F, OuterRef, Q, Subquery, Value, When
    from wagtail.models import Page

    source = Page.objects.filter(
        translation_key=OuterRef("translation_key"), locale__language_code=settings.LANGUAGE_CODE
    ).exclude(pk=OuterRef("pk"))
    return queryset.annotate(source_published_at=Subquery(source.values("last_published_at")[:1])).annotate(
        source_changed=Case(
            When(Q(source_published_at__gt=F("last_published_at")), then=Value(True)),
            default=Value(False),
            output_field=BooleanField(),
        )
    )


def translations_behind_source():
    """Live translated treatments whose English page was published again after their own last review."""
    from .models import TreatmentPage

    return (
        with_source_changes(TreatmentPage.objects.live().exclude(locale__language_code=settings.LANGUAGE_CODE))
        .filter(source_changed=True)
        .select_related("locale")
        .defer_streamfields()
        .order_by("-source_published_at", "title")
    )


def treatments_due_for_review(today=None):
    """Live treatments changed since review (a shared image or condition, see shared_changes.py), translations
    whose English source changed since they were reviewed, overdue, due within DUE_SOON_DAYS, or never
    reviewed; most urgent first."""
    from django.db.models import F, OuterRef, Q, Subquery

    from .models import ChangeSinceReview, TreatmentPage

    today = today or timezone.localdate()
    horizon = today + datetime.timedelta(days=DUE_SOON_DAYS)
    latest_change = ChangeSinceReview.objects.filter(page=OuterRef("pk")).order_by("-changed_at", "-pk")
    return (
        with_source_changes(TreatmentPage.objects.live())
        .annotate(change_since_review=Subquery(latest_change.values("description")[:1]))
        .filter(
            Q(change_since_review__isnull=False)
            | Q(source_changed=True)
            | Q(next_review_due__lte=horizon)
            | Q(next_review_due__isnull=True)
        )
        .select_related("locale")
        .defer_streamfields()
        .order_by(
            F("change_since_review").asc(nulls_last=True),
            F("source_changed").desc(),
            F("next_review_due").asc(nulls_first=True),
            "title",
        )
    )
