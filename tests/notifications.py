"""Run the notification queue the way `make run` / `make serve`'s worker does, until it is empty."""

from unittest import mock

from django.core.management import call_command
from django.db import transaction

WORKER = "django_tasks_db.management.commands.db_worker"


def deliver_notifications():
    # Two things the worker does to its own connection cannot be done to a test's, which holds the
    # test's transaction: open SQLite's "BEGIN EXCLUSIVE" to claim a task (a savepoint stands in, as on
    # PostgreSQL), and close stale connections between tasks. Claiming, running and recording are real.
    with (
        mock.patch(f"{WORKER}.exclusive_transaction", transaction.atomic),
        mock.patch(f"{WORKER}.close_old_connections"),
    ):
        call_command(
            "db_worker", "--batch", "--backend", "notifications", "--no-startup-delay", "--no-reload", verbosity=0
        )
