"""The admin's password reset answers with a message, never a 500, while Redis is absent or hung."""

import time

import pytest
from django.core import mail

from core.password_reset import UNAVAILABLE
from tests.hung_redis import absent_redis, hung_redis  # noqa: F401

URL = "/admin/password_reset/"


@pytest.mark.parametrize("outage", ["absent_redis", "hung_redis"])
def test_password_reset_says_try_later_while_redis_is_out(outage, request, client, staff):
    request.getfixturevalue(outage)
    for _ in range(2):
        started = time.monotonic()
        response = client.post(URL, {"email": "mia@example.com"}, REMOTE_ADDR="203.0.113.5")
        assert time.monotonic() - started < 2
        assert response.status_code == 503
        assert UNAVAILABLE in response.content.decode()
    # No count, no link: the limit that stops inbox flooding cannot be skipped by an outage.
    assert mail.outbox == []
    assert client.get(URL).status_code == 200
