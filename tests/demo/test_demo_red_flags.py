"""Every demo treatment carries the red flags that fit it, as care cards in its Safety section."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from demo.red_flags import RED_FLAGS
from search.emergency import EmergencySign
from treatments.blocks import TreatmentStreamBlock
from treatments.models import TreatmentPage


@pytest.fixture
def demo(demo_content, db):
    """The demo site (loaded once for the module; each test's changes are rolled back)."""


def safety_of(page):
    return next(block.value for block in page.body if block.block_type == "safety")


def test_every_demo_treatment_has_care_cards(demo):
    pages = TreatmentPage.objects.filter(locale__language_code="en")
    assert set(RED_FLAGS) == {page.slug for page in pages}
    for page in pages:
        levels = [card["level"] for card in safety_of(page)["care_cards"]]
        assert "urgent" in levels and "non_urgent" in levels, page.slug


def test_back_pain_pages_say_call_911_for_bladder_control_and_groin_numbness(demo, client):
    for slug in ("physical-therapy", "chiropractic-care"):
        soup = BeautifulSoup(client.get(f"/treatments/{slug}/").content, "html.parser")
        card = soup.select_one(".care-card--emergency")
        assert card.select_one("h4").get_text() == "Emergency: Call 911 now if you have:"
        text = card.get_text()
        assert "Loss of bladder or bowel control" in text and "Numbness in your groin" in text
        # The most urgent card comes first.
        assert soup.select(".care-card")[0] is card


def test_demo_care_cards_pass_the_blocks_own_validation(demo):
    """What the editor form would show as errors when it opens."""
    stream_block = TreatmentStreamBlock()
    for page in TreatmentPage.objects.filter(locale__language_code="en"):
        stream_block.clean(page.body)


def test_demo_has_the_default_emergency_signs(demo):
    EmergencySign.objects.all().delete()
    call_command("load_demo_content", stdout=io.StringIO())
    assert EmergencySign.objects.count() == 5
