"""Pages are found with fewer queries than Wagtail's own serve view, and where Wagtail finds them (the
Spanish pages under /es/: tests/i18n)."""

import pytest
from django.utils import translation
from wagtail.models import Locale

from core import routing
from home.models import ContentPage


def test_a_page_is_served_by_its_path_and_an_unknown_path_is_a_404(client, make_treatment):
    make_treatment("Dry Needling")
    assert client.get("/treatments/dry-needling/").status_code == 200
    assert client.get("/treatments/no-such-treatment/").status_code == 404
    assert client.get("/no-such-page/deeper/").status_code == 404


def test_a_draft_page_is_not_served(client, home_page):
    home_page.add_child(instance=ContentPage(title="Draft", slug="draft", live=False))
    assert client.get("/draft/").status_code == 404


@pytest.mark.django_db
def test_the_kept_locales_are_read_again_when_a_locale_is_added(home_page):
    assert "fr" not in routing.locale_ids()
    french = Locale.objects.create(language_code="fr")
    assert routing.locale_ids()["fr"] == french.pk
    french.delete()
    assert "fr" not in routing.locale_ids()


def test_an_active_language_without_a_locale_routes_in_the_default_one(home_page):
    with translation.override("de"):
        assert routing.active_locale_id() == Locale.objects.get(language_code="en").pk


def test_a_renamed_list_is_routed_through_by_its_new_slug_at_once(client, treatment_index, make_treatment):
    """The page passed through is kept until the next change; renaming it is one."""
    make_treatment("Dry Needling")
    assert client.get("/treatments/dry-needling/").status_code == 200
    treatment_index.slug = "therapies"
    treatment_index.save_revision().publish()
    assert client.get("/therapies/dry-needling/").status_code == 200
    assert client.get("/treatments/dry-needling/").status_code == 404


def test_a_deleted_list_is_not_routed_through(client, treatment_index, make_treatment):
    make_treatment("Dry Needling")
    assert client.get("/treatments/dry-needling/").status_code == 200
    treatment_index.delete()
    assert client.get("/treatments/dry-needling/").status_code == 404
