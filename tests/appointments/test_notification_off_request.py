"""A mail relay that accepts connections and never answers must not hold up a visitor or any other page.

The fake relay is a real socket server: it accepts, says nothing and hangs up only after HANG_UP seconds
(so that code waiting on it inline, as before, fails this test instead of hanging it).
"""

import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.core import mail
from django_tasks_db.models import DBTaskResult
from wagtail.contrib.forms.models import FormSubmission

from tests.appointment_form import REQUEST, send
from tests.notifications import deliver_notifications

ROOT = Path(__file__).resolve().parents[2]
HANG_UP = 8


@pytest.fixture
def silent_relay():
    server = socket.create_server(("127.0.0.1", 0))
    held = []
    stop = threading.Event()

    def accept():
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])  # accepted, never answered
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    timer = threading.Timer(HANG_UP, lambda: [conn.close() for conn in held])
    timer.start()
    yield SimpleNamespace(port=server.getsockname()[1], connections=held)
    stop.set()
    timer.cancel()
    thread.join()
    for conn in held:
        conn.close()
    server.close()


@pytest.fixture
def smtp_to(settings, silent_relay):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = silent_relay.port
    settings.EMAIL_TIMEOUT = 1
    return silent_relay


@pytest.fixture
def notifying_page(appointment_page):
    appointment_page.to_address = "frontdesk@example.com"
    appointment_page.save_revision().publish()
    return appointment_page


def test_the_visitor_is_thanked_at_once_while_the_relay_hangs(client, notifying_page, smtp_to):
    started = time.monotonic()
    response = send(client, notifying_page, REQUEST)
    elapsed = time.monotonic() - started

    assert response.status_code == 200
    assert "Your request has been sent" in response.content.decode()
    assert smtp_to.connections == []  # the relay was not even contacted during the visitor's request
    assert elapsed < HANG_UP / 2
    assert FormSubmission.objects.count() == 1
    (queued,) = DBTaskResult.objects.all()
    assert queued.task_path == "appointments.notifications.notify_front_desk"
    assert "Pat" not in str(queued.args_kwargs) and "303" not in str(queued.args_kwargs)


def test_other_pages_answer_while_the_relay_hangs(client, notifying_page, smtp_to):
    send(client, notifying_page, REQUEST)
    for url in ("/healthz", "/", "/search/?q=back"):
        started = time.monotonic()
        assert client.get(url).status_code == 200
        assert time.monotonic() - started < HANG_UP / 2
    assert smtp_to.connections == []


def test_the_worker_gives_up_after_the_email_timeout_and_logs_no_patient_detail(
    client, notifying_page, smtp_to, caplog
):
    send(client, notifying_page, REQUEST)

    started = time.monotonic()
    deliver_notifications()
    elapsed = time.monotonic() - started

    assert elapsed < HANG_UP - 2  # EMAIL_TIMEOUT (1 s) ended the wait, not the relay hanging up
    assert "the notification email could not be sent" in caplog.text
    assert FormSubmission.objects.count() == 1  # the request stays
    for detail in ("Pat Example", "303-555-0100", "pat@example.com"):
        assert detail not in caplog.text


def test_a_working_relay_gets_the_notification_from_the_worker(client, notifying_page):
    send(client, notifying_page, REQUEST)
    assert mail.outbox == []  # nothing is sent inside the visitor's request
    deliver_notifications()
    (message,) = mail.outbox
    assert message.to == ["frontdesk@example.com"]
    assert not DBTaskResult.objects.exclude(status="SUCCESSFUL").exists()


def test_no_notification_is_queued_without_a_recipient_or_a_stored_request(client, appointment_page):
    send(client, appointment_page, REQUEST)  # no "To address" on the page
    assert FormSubmission.objects.count() == 1
    assert not DBTaskResult.objects.exists()


def test_email_settings_come_from_the_environment():
    code = (
        "import json, clinic_site.settings.production as s; print(json.dumps([s.EMAIL_HOST, s.EMAIL_PORT, "
        "s.EMAIL_HOST_USER, s.EMAIL_HOST_PASSWORD, s.EMAIL_USE_TLS, s.EMAIL_TIMEOUT]))"
    )
    env = {
        **os.environ,
        "SECRET_KEY": "k" * 64,
        "EMAIL_HOST": "smtp.clinic.example",
        "EMAIL_PORT": "587",
        "EMAIL_HOST_USER": "website",
        "EMAIL_HOST_PASSWORD": "relay-secret",
        "EMAIL_USE_TLS": "1",
        "EMAIL_TIMEOUT": "7",
    }
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)  # noqa: S603
    assert json.loads(result.stdout) == [
        "smtp.clinic.example",
        587,
        "website",
        "relay-secret",
        True,
        7,
    ]
