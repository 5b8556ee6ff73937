"""/healthz: what a load balancer sees when the database answers, and when it does not."""

from unittest import mock

import pytest
from django.db import OperationalError


@pytest.fixture
def production_like(settings):
    # Load balancers probe by IP over plain HTTP; production refuses unknown hosts and redirects to HTTPS.
    settings.ALLOWED_HOSTS = ["clinic.example"]
    settings.SECURE_SSL_REDIRECT = True


def test_ok_when_the_database_answers(client, db, production_like):
    response = client.get("/healthz", HTTP_HOST="10.0.0.7")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-store" in response["Cache-Control"] and "max-age=0" in response["Cache-Control"]


def test_unavailable_without_details_when_the_database_does_not_answer(client, db, production_like, caplog):
    secret = 'connection to server at "db-primary.internal" (10.9.8.7), port 5432 failed: password rejected'
    with mock.patch("core.health.connection.cursor", side_effect=OperationalError(secret)):
        response = client.get("/healthz", HTTP_HOST="10.0.0.7")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable"}
    assert b"db-primary" not in response.content and b"10.9.8.7" not in response.content
    assert "no-store" in response["Cache-Control"]
    assert "db-primary.internal" in caplog.text  # the operator still finds out why


def test_head_works_and_other_methods_are_refused(client, db):
    assert client.head("/healthz").status_code == 200
    response = client.post("/healthz")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
