"""Requests are kept APPOINTMENT_RETENTION_DAYS, then purge_appointment_requests deletes them."""

import datetime
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import PageLogEntry

from appointments.checks import check_appointment_settings
from appointments.models import SubmissionToken
from appointments.submissions import PURGED

ROOT = Path(__file__).resolve().parents[2]
AGES_IN_DAYS = [0, 1, 179, 181, 365, 1000]


@pytest.fixture
def requests_of_various_ages(appointment_page):
    now = timezone.now()
    for days in AGES_IN_DAYS:
        submission = FormSubmission.objects.create(page=appointment_page, form_data={"name": f"Patient {days}"})
        # submit_time is set on creation; age it afterwards.
        FormSubmission.objects.filter(pk=submission.pk).update(submit_time=now - datetime.timedelta(days=days))
        SubmissionToken.objects.create(token=f"token-{days}", submission=submission)
    return appointment_page


def purge(*args):
    out = StringIO()
    call_command("purge_appointment_requests", *args, stdout=out)
    return out.getvalue()


def ages_left():
    return sorted(int(s.form_data["name"].split()[1]) for s in FormSubmission.objects.all())


def test_requests_older_than_the_retention_period_are_deleted(requests_of_various_ages):
    output = purge()

    assert output.strip() == "3 appointment request(s) older than 180 days deleted."
    assert ages_left() == [0, 1, 179]
    assert SubmissionToken.objects.count() == 3
    # The deletion is in the page's audit log, as a count.
    entry = PageLogEntry.objects.get(action=PURGED)
    assert (entry.page_id, entry.data, entry.user) == (requests_of_various_ages.pk, {"count": 3, "days": 180}, None)
    assert "Patient" not in output + entry.message


def test_dry_run_counts_and_deletes_nothing(requests_of_various_ages):
    assert purge("--dry-run").strip() == "3 appointment request(s) older than 180 days would be deleted."
    assert ages_left() == AGES_IN_DAYS
    assert not PageLogEntry.objects.filter(action=PURGED).exists()


def test_the_retention_period_is_a_setting(requests_of_various_ages, settings):
    settings.APPOINTMENT_RETENTION_DAYS = 7
    purge()
    assert ages_left() == [0, 1]
    purge()  # nothing more to delete: no second log entry
    assert PageLogEntry.objects.filter(action=PURGED).count() == 1


def test_a_retention_period_below_one_day_is_refused(requests_of_various_ages, settings):
    settings.APPOINTMENT_RETENTION_DAYS = 0
    with pytest.raises(CommandError, match="APPOINTMENT_RETENTION_DAYS must be 1 or more"):
        purge()
    assert ages_left() == AGES_IN_DAYS


def test_the_purge_is_described_in_the_history(admin_client, requests_of_various_ages):
    purge()
    history = admin_client.get(f"/admin/pages/{requests_of_various_ages.pk}/history/").content.decode()
    assert "3 appointment request(s) older than 180 days deleted" in history


def read_setting(name, **env):
    code = f"import clinic_site.settings.base as s; print(s.{name})"
    clean_env = {k: v for k, v in os.environ.items() if not k.startswith("APPOINTMENT_")}
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], cwd=ROOT, env={**clean_env, **env}, capture_output=True, text=True
    )


def test_the_retention_period_can_be_set_from_the_environment():
    assert read_setting("APPOINTMENT_RETENTION_DAYS").stdout.strip() == "180"
    assert read_setting("APPOINTMENT_RETENTION_DAYS", APPOINTMENT_RETENTION_DAYS="30").stdout.strip() == "30"
    wrong = read_setting("APPOINTMENT_RETENTION_DAYS", APPOINTMENT_RETENTION_DAYS="six months")
    assert wrong.returncode != 0
    assert "APPOINTMENT_RETENTION_DAYS must be a whole number, not 'six months'" in wrong.stderr


@pytest.mark.parametrize(
    "name, value",
    [("APPOINTMENT_RETENTION_DAYS", 0), ("APPOINTMENT_RATE_LIMIT_MINUTES", 0), ("TRUSTED_PROXY_COUNT", -1)],
)
def test_impossible_settings_stop_the_site_with_a_clear_message(settings, name, value):
    setattr(settings, name, value)
    errors = check_appointment_settings(None)
    assert [error.msg for error in errors] == [f"{name} must be at least {value + 1}, not {value}."]
