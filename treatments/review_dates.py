"""When a treatment page is next due for clinical review: the date rules, no models.

The page model (its default due date), its editor form (the latest date allowed), the review task (the
date an approval would set) and the workflow's finishing action all use them, so none of those has to
import another.
"""

import calendar

from django.conf import settings
from django.utils import timezone
from django.utils.dateformat import format as format_date

NOT_REVIEWED = "Not reviewed yet"


def review_interval_months():
    """The longest a treatment page may go between clinical reviews (settings.TREATMENT_REVIEW_MONTHS)."""
    return settings.TREATMENT_REVIEW_MONTHS


def add_months(date, months):
    """The same day ``months`` later; the 31st (or 29 February) falls back to the month's last day."""
    month_index = date.month - 1 + months
    year, month = date.year + month_index // 12, month_index % 12 + 1
    return date.replace(year=year, month=month, day=min(date.day, calendar.monthrange(year, month)[1]))


def default_review_due(last_reviewed):
    return add_months(last_reviewed, review_interval_months()) if last_reviewed else None


def latest_allowed_due(today=None):
    """The latest due date an editor may choose now: a review approved today would promise no later."""
    return default_review_due(today or timezone.localdate())


def long_date(value):
    return format_date(value, "F j, Y") if value else ""


def due_date_error(due, today=None):
    """Why ``due`` cannot be the next review date, or "" when it can."""
    limit = latest_allowed_due(today)
    if due is None or due <= limit:
        return ""
    return (
        f"Choose {long_date(limit)} or earlier: a treatment page is reviewed at least every "
        f"{review_interval_months()} months. Leave the field empty for the full interval."
    )


def next_review_after_approval(reviewed_on, submitted_due, live_due):
    """When the page is next due once a reviewer approves it on ``reviewed_on``.

    A future date chosen in this round (different from what the live page showed) is the team's decision
    and stays, unless it is later than the review interval allows; anything else was the previous
    review's due date, so the clock restarts.
    """
    longest = default_review_due(reviewed_on)
    if submitted_due and submitted_due != live_due and submitted_due > reviewed_on:
        return min(submitted_due, longest)
    return longest


def due_after_approval_today(page):
    """The due date approving ``page`` today would set (from its latest revision); None if it has none."""
    latest = page.get_latest_revision_as_object()
    if not hasattr(latest, "next_review_due"):  # the treatments index is reviewed too, without dates
        return None
    live_due = page.specific.next_review_due if page.live else None
    return next_review_after_approval(timezone.localdate(), latest.next_review_due, live_due)
