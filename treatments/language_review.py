"""Clinical review in every language.

A translated treatment page (Spanish) is health information like its English source, so it goes live the
same way: approved in the Clinical review workflow, here by a reviewer who reads that language (a member of
the language's reviewers group, core/roles.py, as well as of Clinical reviewers, who hold the task).

wagtail-localize publishes translations on its own: when a live page is sent for translation (unless
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is off, as here), from "Sync translated pages" with "publish
immediately", and from its translation editor. Those paths publish with no user, or with the editor's, and
never through a workflow, so the page model itself (ClinicalReviewMixin.publish) refuses to publish a
translated reviewed page except inside :func:`approved_publish` (the workflow's approval, content the project
loads itself) or for an administrator. A refused publish leaves the translation a draft for review.

wagtail-localize also writes a synced translation straight into the page's row before saving its revision, and
Wagtail serves the row: on a live translation that would show unreviewed text. So outside a publish, a save of a
live translated page leaves its content fields as they are (:func:`fields_to_save`); the new text is kept in the
draft revision saved next, for review.

Wagtail imports this module early (through review.py): it imports no models.
"""

import contextvars
import logging
from contextlib import contextmanager

from django.conf import settings

from core.roles import LANGUAGE_REVIEWERS

logger = logging.getLogger(__name__)

_approved = contextvars.ContextVar("clinical_review_approved", default=False)
_publishing = contextvars.ContextVar("clinical_review_publishing", default=False)


@contextmanager
def approved_publish():
    """Publishing inside this block has been reviewed (the Clinical review workflow's approval)."""
    token = _approved.set(True)
    try:
        yield
    finally:
        _approved.reset(token)


@contextmanager
def publishing():
    """A publish that may_publish() allowed is under way: it writes the page's row with the new content."""
    token = _publishing.set(True)
    try:
        yield
    finally:
        _publishing.reset(token)


def keeps_live_content(page, update_fields):
    """Must this save leave the page's translated content as it is? Yes for a full save of a live translation
    outside a publish (a draft sync); ClinicalReviewMixin.save then writes every other field."""
    if update_fields is not None or _publishing.get() or _approved.get() or not page.live:
        return False
    # A page being created has no row (and may have no locale yet) to protect.
    return page.pk is not None and page.locale_id is not None and is_translation(page)


def page_language(page):
    return page.locale.language_code


def is_translation(page):
    """Is ``page`` in a language other than the site's default (English)?"""
    return page_language(page) != settings.LANGUAGE_CODE


def may_review_language(user, page):
    """Can ``user`` clinically review ``page`` in its language? Every clinical reviewer reviews English."""
    group = LANGUAGE_REVIEWERS.get(page_language(page))
    if group is None:
        return not is_translation(page)
    return user.is_superuser or user.groups.filter(name=group).exists()


def may_publish(page, revision, user):
    """Whether this publish of ``page`` may go ahead (see the module docstring)."""
    if not is_translation(page) or _approved.get():
        return True
    if revision is not None and revision.approved_go_live_at is not None:
        return True  # scheduled by an earlier publish that was itself allowed (publish_scheduled has no user)
    return user is not None and user.is_superuser


def refuse(page, user):
    # Ids only: which page and who, never its content.
    logger.warning(
        "Publish of translated page %s refused: it goes live through clinical review (user %s)",
        page.pk,
        getattr(user, "pk", None),
    )
