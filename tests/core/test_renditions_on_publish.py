"""Publishing a page makes the image sizes its templates use: no visitor's request makes a rendition."""

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.images.models import Rendition

from tests.conftest import core_body


def photo(tmp_path, name, size=(1600, 1000)):
    path = tmp_path / f"{name}.jpg"
    PILImage.new("RGB", size, "teal").save(path, "JPEG")
    with path.open("rb") as f:
        return get_image_model().objects.create(title=name, file=ImageFile(f, name=path.name))


@pytest.fixture
def images(tmp_path, db):
    return photo(tmp_path, "hero"), photo(tmp_path, "figure")


def body_with_figure(image):
    figure = {"image": {"image": image, "decorative": False, "alt_text": "The treatment room"}, "caption": "Room"}
    return [*core_body(), ("image", figure)]


def test_publishing_makes_every_rendition_the_page_shows(
    images, make_treatment, client, clinic_settings, django_capture_on_commit_callbacks
):
    hero, figure = images
    with django_capture_on_commit_callbacks(execute=True):
        page = make_treatment("Cupping Therapy", hero_image=hero, body=body_with_figure(figure))
    made = Rendition.objects.count()
    assert Rendition.objects.filter(image=hero).exists() and Rendition.objects.filter(image=figure).exists()

    response = client.get(page.url)
    assert response.status_code == 200
    assert b"/media/images/" in response.content
    assert Rendition.objects.count() == made  # the visitor's request made none


def test_republishing_with_a_new_image_makes_its_renditions(
    images, make_treatment, client, clinic_settings, django_capture_on_commit_callbacks
):
    hero, figure = images
    with django_capture_on_commit_callbacks(execute=True):
        page = make_treatment("Cupping Therapy")
    page.hero_image = hero
    page.body = body_with_figure(figure)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    made = Rendition.objects.count()
    assert client.get(page.url).status_code == 200
    assert Rendition.objects.count() == made


def test_a_failure_to_make_renditions_does_not_undo_the_publish(
    images, make_treatment, clinic_settings, django_capture_on_commit_callbacks, monkeypatch, caplog
):
    hero, _ = images

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(get_image_model(), "get_renditions", broken)
    monkeypatch.setattr(get_image_model(), "get_rendition", broken)
    with django_capture_on_commit_callbacks(execute=True):
        page = make_treatment("Cupping Therapy", hero_image=hero)
    page.refresh_from_db()
    assert page.live
    assert "Could not make image renditions" in caplog.text
