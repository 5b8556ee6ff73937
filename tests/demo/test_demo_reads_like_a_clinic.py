"""The demo site and the editor's first screens read like a real clinic's, with nothing said twice."""

import re

import pytest
from bs4 import BeautifulSoup

from appointments.models import AppointmentPage
from core.models import ClinicSettings
from core.roles import CLINICAL_REVIEWERS, FRONT_DESK, MARKETING_EDITORS
from core.seo import plain_text
from tests.appointment_form import send
from tests.twofactor import verified_login
from treatments.blocks import BenefitsBlock, SafetyBlock
from treatments.models import TreatmentIndexPage, TreatmentPage


@pytest.fixture
def demo(demo_content, db):
    """The demo site (loaded once for the module; each test's changes are rolled back)."""


def main_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").find("main")


def sentences(text):
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]


def test_home_page_leaves_address_phone_and_hours_to_the_footer(demo, client):
    clinic = ClinicSettings.objects.get()
    main = main_of(client.get("/"))
    text = main.get_text(" ", strip=True)
    assert clinic.street_address not in text
    assert "Opening hours" not in text
    assert main.find("a", href=re.compile("^mailto:")) is None
    assert main.find("address") is None


def test_no_demo_treatment_repeats_its_summary_in_its_overview(demo):
    treatments = TreatmentPage.objects.filter(locale__language_code="en")
    assert treatments.count() >= 8
    for page in treatments:
        overview = next(block.value for block in page.body if block.block_type == "overview")
        overview_text = " ".join(plain_text(overview["text"].source).split())
        repeated = [sentence for sentence in sentences(page.summary) if sentence in overview_text]
        assert repeated == [], page.slug


def action_bar(response):
    return BeautifulSoup(response.content, "html.parser").find("nav", class_="action-bar")


def test_no_sticky_request_bar_on_the_request_form_or_its_thank_you_page(demo, client):
    form_page = AppointmentPage.objects.get(locale__language_code="en")
    assert action_bar(client.get("/treatments/")) is not None  # elsewhere it stays
    assert action_bar(client.get(form_page.url)) is None
    sent = send(
        client,
        form_page,
        {
            "name": "Pat Example",
            "phone": "303-555-0100",
            "preferred_contact_method": "Phone call",
            "i_agree_to_be_contacted_about_this_request": "on",
        },
    )
    assert "Your request has been sent" in sent.content.decode()
    assert action_bar(sent) is None


def test_safety_items_give_safety_examples_not_the_benefits_ones():
    safety_item = SafetyBlock().child_blocks["items"].child_block
    benefit_item = BenefitsBlock().child_blocks["items"].child_block
    safety_help = safety_item.child_blocks["label"].field.help_text
    assert safety_help != benefit_item.child_blocks["label"].field.help_text
    assert "Pain relief" not in safety_help
    assert "Pain relief" not in " ".join(safety_item.empty_messages.values())


@pytest.mark.parametrize(
    ("role", "sees_it"),
    [(MARKETING_EDITORS, True), ("administrator", True), (CLINICAL_REVIEWERS, False), (FRONT_DESK, False)],
)
def test_dashboard_offers_add_a_treatment_to_those_who_may(demo, client, make_staff, role, sees_it):
    user = make_staff("someone", superuser=True) if role == "administrator" else make_staff("someone", role)
    verified_login(client, user)
    index = TreatmentIndexPage.objects.get(locale__language_code="en")
    add_url = f"/admin/pages/add/treatments/treatmentpage/{index.pk}/"
    dashboard = BeautifulSoup(client.get("/admin/").content, "html.parser")
    button = dashboard.find("a", href=add_url)
    if not sees_it:
        assert button is None
        return
    assert button.get_text(" ", strip=True) == "Add a treatment"
    assert client.get(add_url).status_code == 200
