"""Page and document passwords cannot be guessed without limit (issue 11, item 16)."""

import pytest
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

PASSWORD = "right-password"


@pytest.fixture(params=["page", "document"])
def protected(request, make_treatment, clinic_settings):
    """(URL the password form posts to, URL it returns to) for a password-protected page or document collection."""
    if request.param == "page":
        page = make_treatment("Dry Needling")
        restriction = PageViewRestriction.objects.create(page=page, restriction_type="password", password=PASSWORD)
        return f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/", page.url
    collection = Collection.get_first_root_node().add_child(name="Staff forms")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type="password", password=PASSWORD
    )
    return f"/documents/authenticate_with_password/{restriction.pk}/", "/"


def guess(client, protected, password, address="203.0.113.7"):
    url, return_url = protected
    return client.post(url, {"password": password, "return_url": return_url}, REMOTE_ADDR=address)


def test_after_the_limit_even_the_right_password_waits(client, protected, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        assert guess(client, protected, "wrong").status_code == 200  # the form again, with an error
    locked = guess(client, protected, PASSWORD)
    assert locked.status_code == 429
    assert "Too many attempts" in locked.content.decode()
    assert guess(client, protected, "wrong").status_code == 429


def test_other_addresses_are_not_locked_out(client, protected, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        guess(client, protected, "wrong")
    assert guess(client, protected, PASSWORD, address="198.51.100.20").status_code == 302


def test_the_right_password_clears_earlier_mistakes(client, protected, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        guess(client, protected, "wrong")
    assert guess(client, protected, PASSWORD).status_code == 302
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        guess(client, protected, "wrong")
    assert guess(client, protected, PASSWORD).status_code == 302
