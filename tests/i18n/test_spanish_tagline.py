"""The clinic's tagline in each language (issue 17): clinic details are one row per site, so a Spanish page
shows the Spanish tagline an editor gave, and no tagline (rather than English words) when there is none."""

import json

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from wagtail.blocks import StreamBlockValidationError

from core.models import ClinicSettings

ENGLISH = "Physical therapy and massage in Westminster"
SPANISH = "Fisioterapia y masaje en Westminster"


@pytest.fixture
def clinic(clinic_settings):
    clinic_settings.tagline = ENGLISH
    clinic_settings.tagline_translations = [("translation", {"language": "es", "text": SPANISH})]
    clinic_settings.save()
    return clinic_settings


def footer_text(client, path):
    soup = BeautifulSoup(client.get(path).content, "html.parser")
    return soup.select_one("footer").get_text(" ", strip=True)


def test_the_tagline_follows_the_language_asked_for(clinic):
    assert clinic.tagline_in("en") == ENGLISH
    assert clinic.tagline_in("es") == SPANISH
    with translation.override("es"):
        assert clinic.translated_tagline == SPANISH
    with translation.override("en"):
        assert clinic.translated_tagline == ENGLISH


def test_a_language_without_a_tagline_shows_none(clinic):
    clinic.tagline_translations = []
    assert clinic.tagline_in("es") == ""


def test_spanish_pages_show_the_spanish_tagline(client, clinic, spanish_home):
    spanish = footer_text(client, "/es/")
    assert SPANISH in spanish
    assert ENGLISH not in spanish
    english = footer_text(client, "/")
    assert ENGLISH in english
    assert SPANISH not in english


def test_spanish_home_title_and_structured_data_use_the_spanish_tagline(client, clinic, spanish_home):
    spanish_home.seo_title = ""
    spanish_home.search_description = ""
    spanish_home.save_revision().publish()
    soup = BeautifulSoup(client.get("/es/").content, "html.parser")
    assert SPANISH in soup.title.string
    descriptions = [
        entity.get("description", "")
        for script in soup.select('script[type="application/ld+json"]')
        for entity in json.loads(script.string).get("@graph", [json.loads(script.string)])
    ]
    assert SPANISH in descriptions
    assert ENGLISH not in str(soup)


def test_untranslated_tagline_leaves_spanish_pages_without_english(client, clinic, spanish_home):
    clinic.tagline_translations = []
    clinic.save()
    assert ENGLISH not in footer_text(client, "/es/")


def test_two_taglines_for_one_language_are_refused(clinic):
    block = ClinicSettings._meta.get_field("tagline_translations").stream_block
    value = block.to_python(
        [
            {"type": "translation", "value": {"language": "es", "text": "Uno"}},
            {"type": "translation", "value": {"language": "es", "text": "Dos"}},
        ]
    )
    with translation.override("en"), pytest.raises(StreamBlockValidationError) as refused:
        block.clean(value)
    assert "two taglines" in str(refused.value.non_block_errors)
