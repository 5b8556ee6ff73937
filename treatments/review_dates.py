"""When a treatment page is next due for clinical review: pure date arithmetic, no models.

The page model (its default due date) and the workflow's finishing action (the date after an
approval) both use it, so neither has to import the other.
"""

import calendar

REVIEW_INTERVAL_MONTHS = 12


def add_months(date, months):
    """The same day ``months`` later; the 31st (or 29 February) falls back to the month's last day."""
    month_index = date.month - 1 + months
    year, month = date.year + month_index // 12, month_index % 12 + 1
    return date.replace(year=year, month=month, day=min(date.day, calendar.monthrange(year, month)[1]))


def default_review_due(last_reviewed):
    return add_months(last_reviewed, REVIEW_INTERVAL_MONTHS) if last_reviewed else None


def next_review_after_approval(reviewed_on, submitted_due, live_due):
    """When the page is next due once a reviewer approves it on ``reviewed_on``.

    A future date chosen in this round (different from what the live page showed) is the team's decision
    and stays; anything else was the previous review's due date, so the clock restarts.
    """
    if submitted_due and submitted_due != live_due and submitted_due > reviewed_on:
        return submitted_due
    return default_review_due(reviewed_on)
