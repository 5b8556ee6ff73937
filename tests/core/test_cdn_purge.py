"""With a CDN configured (wagtail.contrib.frontend_cache), publishing purges the page and the lists showing it."""

import pytest
from wagtail.contrib.frontend_cache.backends.base import BaseBackend

from home.models import ContentPage

PURGED = []


class RecordingBackend(BaseBackend):
    def purge(self, url):
        PURGED.append(url)


@pytest.fixture
def cdn(settings):
    settings.WAGTAILFRONTENDCACHE = {"test": {"BACKEND": "tests.core.test_cdn_purge.RecordingBackend"}}
    PURGED.clear()
    return PURGED


def test_publishing_a_treatment_purges_it_the_treatments_list_and_home(
    cdn, make_treatment, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        make_treatment("Cupping Therapy")
    assert set(cdn) >= {
        "http://localhost/treatments/cupping-therapy/",
        "http://localhost/treatments/",
        "http://localhost/",
    }


def test_moving_and_deleting_a_page_purge_its_old_address(cdn, home_page, django_capture_on_commit_callbacks):
    about = home_page.add_child(instance=ContentPage(title="About", slug="about"))
    team = home_page.add_child(instance=ContentPage(title="Team", slug="team"))
    with django_capture_on_commit_callbacks(execute=True):
        about.move(team, pos="last-child")
    assert {"http://localhost/about/", "http://localhost/team/about/", "http://localhost/team/"} <= set(cdn)
    cdn.clear()
    with django_capture_on_commit_callbacks(execute=True):
        ContentPage.objects.get(slug="team").delete()
    assert {"http://localhost/team/", "http://localhost/"} <= set(cdn)
