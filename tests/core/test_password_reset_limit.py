"""The admin's password reset form cannot be used to flood an inbox or probe for accounts."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.cache import cache

from core.password_reset import MESSAGE

URL = "/admin/password_reset/"


@pytest.fixture(autouse=True)
def fresh_counters():
    cache.clear()
    yield
    cache.clear()


def ask(client, email, ip="203.0.113.5"):
    return client.post(URL, {"email": email}, REMOTE_ADDR=ip)


def test_three_requests_an_hour_for_one_address_then_a_clear_message(client, staff):
    for _ in range(3):
        assert ask(client, "mia@example.com").status_code == 302
    response = ask(client, "MIA@example.com ", ip="198.51.100.7")  # another network, same inbox
    assert response.status_code == 429
    assert b"Too many password reset requests" in response.content
    assert len(mail.outbox) == 3


def test_one_network_cannot_ask_for_many_addresses(client, staff):
    for n in range(10):
        assert ask(client, f"someone{n}@example.com").status_code == 302
    response = ask(client, "mia@example.com")
    assert response.status_code == 429
    assert mail.outbox == []  # the limited request sent nothing


def test_the_answer_is_the_same_for_unknown_addresses(client, staff):
    answers = []
    for email in ("nobody@example.com", "mia@example.com"):
        for _ in range(3):
            ask(client, email)
        answers.append(ask(client, email))
    unknown, known = answers
    assert unknown.status_code == known.status_code == 429
    assert errors(unknown) == errors(known) == [MESSAGE]


def errors(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [item.get_text(" ", strip=True) for item in soup.select(".error-message, .help-critical, .error")]
