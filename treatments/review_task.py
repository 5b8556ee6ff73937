"""The Clinical review task: Wagtail's group approval, except that nobody approves their own work.

Wagtail's GroupApprovalTask lets any member of the reviewers' group approve, including the person who
submitted the page (someone in both the editor and reviewer groups) or a reviewer who rewrote it during
the review. Here those people may still request changes, but approval needs a second reviewer.
Every approve path in the admin (the page editor's action menu, the dashboard, the action modal) asks
``get_actions``, so this one method covers them all.
"""

from wagtail.models import GroupApprovalTask, Revision

from .language_review import may_review_language
from .review_dates import due_after_approval_today, long_date


def authored_this_round(page, user):
    """Did ``user`` write any revision of ``page`` that is not yet live (or approved for later)?"""
    revisions = Revision.objects.for_instance(page).filter(user=user, approved_go_live_at__isnull=True)
    if getattr(page, "live_revision_id", None):
        revisions = revisions.filter(created_at__gt=page.live_revision.created_at)
    return revisions.exists()


def may_approve(page, user, workflow_state):
    """Whether ``user`` may approve ``page``: never the person who submitted it or wrote part of it, and for a
    translation only a reviewer of its language (treatments/language_review.py)."""
    if workflow_state is not None and workflow_state.requested_by_id == user.pk:
        return False
    if not may_review_language(user, page):
        return False
    return not authored_this_round(page, user)


class ClinicalReviewTask(GroupApprovalTask):
    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if not actions:
            return actions
        if not may_approve(obj, user, obj.current_workflow_state):
            return [action for action in actions if action[0] != "approve"]
        # The reviewer sees the promise the live page will make before making it.
        due = due_after_approval_today(obj)
        suffix = f" (next review due {long_date(due)})" if due else ""
        return [(name, label + suffix if name == "approve" else label, modal) for name, label, modal in actions]

    def get_template_for_action(self, action):
        # The reviewer sees the page's reading grade and any claims to avoid before deciding.
        return "treatments/admin/review_action_modal.html"

    @classmethod
    def get_description(cls):
        return (
            "Members of the chosen groups approve this task, but not for a page they submitted or edited "
            "in this round; approval publishes the page with its review date."
        )

    class Meta:
        verbose_name = "Clinical review task"
        verbose_name_plural = "Clinical review tasks"
