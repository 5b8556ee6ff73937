"""What an uncached treatment page keeps between renders (issue 18: cheaper uncached render) still
shows every change on the next request: a publish, a clinic-details change, an edited image."""

import datetime
import json
import re

import pytest
from django.core.files.images import ImageFile
from django.test import Client
from PIL import Image as PILImage
from wagtail.images import get_image_model

from treatments.models import RelatedTreatment


def photo(tmp_path, name):
    path = tmp_path / f"{name}.jpg"
    PILImage.new("RGB", (1600, 1000), "teal").save(path, "JPEG")
    with path.open("rb") as f:
        return get_image_model().objects.create(title=name, file=ImageFile(f, name=path.name))


def html_of(url):
    response = Client().get(url)
    assert response.status_code == 200
    return response.content.decode()


def json_ld(html):
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(script) for script in found]


def medical_page(html):
    return next(entity for entity in json_ld(html) if entity["@type"] == "MedicalWebPage")


def hero_sources(html):
    hero = re.search(r'<div class="hero-image">(.*?)</div>', html, re.S).group(1)
    return sorted(set(re.findall(r"/media/images/[^\s\"']+", hero)))


def og_image(html):
    return re.search(r'<meta property="og:image" content="([^"]+)"', html).group(1)


@pytest.fixture
def cupping(make_treatment, clinic_settings):
    return make_treatment("Cupping Therapy", summary="Cupping uses gentle suction.")


def test_json_ld_shows_a_publish_on_the_next_request(cupping):
    assert medical_page(html_of(cupping.url))["about"]["description"] == "Cupping uses gentle suction."
    cupping.summary = "Cupping, with a new summary."
    cupping.save_revision().publish()
    assert medical_page(html_of(cupping.url))["about"]["description"] == "Cupping, with a new summary."


def test_json_ld_shows_new_clinic_details_on_the_next_request(cupping, clinic_settings):
    assert "Westminster Wellness Clinic" in html_of(cupping.url)
    clinic_settings.name = "Northglenn Wellness Clinic"
    clinic_settings.save()
    entities = json.dumps(json_ld(html_of(cupping.url)))
    assert "Northglenn Wellness Clinic" in entities
    assert "Westminster Wellness Clinic" not in entities


def test_a_preview_leaves_no_draft_structured_data_for_visitors(cupping, rf):
    cupping.summary = "A draft summary."
    preview = cupping.make_preview_request(original_request=rf.get(cupping.url))
    assert "A draft summary." in preview.content.decode()
    # The preview is made as if asked at the page's own address, which a visitor may ask for too.
    visitor = Client(HTTP_HOST="localhost").get(cupping.url)
    assert "A draft summary." not in visitor.content.decode()


def test_related_treatments_show_a_publish_on_the_next_request(cupping, make_treatment):
    massage = make_treatment("Sports Massage")
    cupping.related_treatments = [RelatedTreatment(treatment=massage)]
    cupping.save_revision().publish()
    assert "Sports Massage" in html_of(cupping.url)

    massage.title = "Deep Tissue Massage"
    massage.save_revision().publish()
    assert "Deep Tissue Massage" in html_of(cupping.url)

    massage.unpublish()
    assert "Deep Tissue Massage" not in html_of(cupping.url)


def test_an_edited_hero_image_shows_on_the_next_request(cupping, tmp_path):
    room = photo(tmp_path, "room")
    cupping.hero_image = room
    cupping.save_revision().publish()
    html = html_of(cupping.url)
    before, preview_before = hero_sources(html), og_image(html)
    assert len(before) == 6

    # A new focal point crops every size afresh: new renditions, new addresses.
    room.focal_point_x, room.focal_point_y, room.focal_point_width, room.focal_point_height = 1400, 100, 100, 100
    room.save()
    html = html_of(cupping.url)
    assert len(hero_sources(html)) == 6
    assert set(hero_sources(html)).isdisjoint(before)
    assert og_image(html) != preview_before


def test_another_hero_image_shows_on_the_next_request(cupping, tmp_path):
    cupping.hero_image = photo(tmp_path, "room")
    cupping.save_revision().publish()
    before = hero_sources(html_of(cupping.url))
    cupping.hero_image = photo(tmp_path, "garden")
    cupping.save_revision().publish()
    after = hero_sources(html_of(cupping.url))
    assert all("garden" in source for source in after)
    assert set(after).isdisjoint(before)


def footer_hours(html):
    return re.search(r'<dl class="hours">(.*?)</dl>', html, re.S).group(1)


def schedule(html):
    return json.loads(re.search(r'data-schedule="([^"]+)"', html).group(1).replace("&quot;", '"'))


def test_new_opening_hours_show_on_the_next_request(cupping, clinic_with_hours):
    html = html_of(cupping.url)
    assert "8:00 a.m. – 12:00 p.m." in footer_hours(html)
    saturday_periods = len(schedule(html)["periods"])

    clinic_with_hours.opening_hours = [("hours", {"day": "6", "opens": "10:00", "closes": "14:00"})]
    clinic_with_hours.save()
    html = html_of(cupping.url)
    assert "10:00 a.m. – 2:00 p.m." in footer_hours(html)
    assert "8:00 a.m." not in footer_hours(html)
    assert len(schedule(html)["periods"]) < saturday_periods
    assert all(label == "10:00 a.m." for _, _, label, _ in schedule(html)["periods"])


def test_the_weeks_schedule_starts_today_each_day(clinic_with_hours):
    monday = datetime.datetime(2026, 3, 2, 10, tzinfo=datetime.UTC)
    first = json.loads(clinic_with_hours.opening_schedule_json(now=monday))
    again = json.loads(clinic_with_hours.opening_schedule_json(now=monday + datetime.timedelta(hours=1)))
    tuesday = json.loads(clinic_with_hours.opening_schedule_json(now=monday + datetime.timedelta(days=1)))
    assert first == again
    assert first["days"][0][1] == "Monday"
    assert tuesday["days"][0][1] == "Tuesday"
    assert tuesday["days"][0] == first["days"][1]


def providers_text(html):
    found = re.search(r'<section class="providers".*?</section>', html, re.S)
    return found.group(0) if found else ""


def test_providers_show_a_clinicians_publish_on_the_next_request(cupping, make_clinician):
    marisol = make_clinician("Marisol Ortega", treatments=[cupping])
    assert "Marisol Ortega" in providers_text(html_of(cupping.url))

    marisol.title = "Marisol Ortega-Ruiz"
    marisol.save_revision().publish()
    assert "Marisol Ortega-Ruiz" in providers_text(html_of(cupping.url))

    marisol.unpublish()
    assert providers_text(html_of(cupping.url)) == ""
