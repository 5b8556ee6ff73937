"""The demo ships the trust pages, testimonials and pictures drawn for the project, as ordinary editor content."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from PIL import Image as PILImage
from wagtail.images import get_image_model

from core.models import ClinicSettings
from home.models import HomePage
from treatments.models import BodyArea, TreatmentPage
from trust import testimonials
from trust.models import TRUST_PAGE_TYPES


def load():
    call_command("load_demo_content", stdout=io.StringIO())


@pytest.fixture
def demo(demo_content, db):
    """The demo site (loaded once for the module; each test's changes are rolled back)."""


def soup(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return BeautifulSoup(response.content, "html.parser")


def test_demo_has_every_trust_page_linked_from_the_footer(demo, client):
    pages = [model.objects.live().get(locale__language_code="en") for model in TRUST_PAGE_TYPES]
    links = soup(client, "/").find("nav", attrs={"aria-labelledby": "footer-info-heading"}).find_all("a")
    assert [a["href"] for a in links] == [page.url for page in pages]
    for page in pages:
        soup(client, page.url)
    insurance = pages[1]
    assert insurance.insurers.count() >= 5 and "Medicare" in [i.name for i in insurance.insurers.all()]
    assert pages[4].taglines.count() >= 5


def test_demo_testimonials_have_permission_and_show_on_home(demo, client):
    shown = testimonials.Testimonial.objects.all()
    assert shown.count() >= 3 and all(t.permission_given for t in shown)
    assert soup(client, "/").find("section", class_="testimonials") is not None


def test_demo_clinic_has_social_profiles(demo):
    assert len(ClinicSettings.objects.get().social_profiles) >= 2


def test_demo_pictures_are_raster_images_editors_can_replace(demo):
    home = HomePage.objects.get(locale__language_code="en")
    pictures = [home.hero_image] + [
        page.hero_image for page in TreatmentPage.objects.filter(locale__language_code="en")
    ]
    pictures += [area.image for area in BodyArea.objects.all()]
    assert all(pictures), "home, every treatment and every body area has a picture"
    for image in pictures:
        with image.open_file() as file:
            assert PILImage.open(file).format == "PNG"
    assert home.hero_image.description, "the hero picture has alt text"
    assert home.hero_image.width >= 1200


def test_loading_the_demo_again_uploads_no_picture_twice(demo):
    count = get_image_model().objects.count()
    load()
    assert get_image_model().objects.count() == count


def test_home_pictures_are_modern_formats_with_sizes_and_lazy_below_the_hero(demo, client):
    main = soup(client, "/").find("main")
    pictures = main.find_all("picture")
    assert len(pictures) >= 5  # the hero and the featured treatments
    for picture in pictures:
        assert [source["type"] for source in picture.find_all("source")] == ["image/avif", "image/webp"]
        img = picture.find("img")
        assert img["width"] and img["height"] and img.has_attr("alt")
    hero, *cards = pictures
    assert hero.find("img")["loading"] == "eager" and hero.find("img")["alt"]
    assert all(card.find("img")["loading"] == "lazy" and card.find("img")["alt"] == "" for card in cards)


def test_body_area_tiles_have_pictures(demo, client):
    tiles = soup(client, "/treatments/").select(".browse__tiles li")
    assert tiles and all(tile.find("picture") for tile in tiles)
