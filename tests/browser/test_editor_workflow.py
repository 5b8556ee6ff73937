"""The whole clinical review through the real admin in Chromium: write, submit, approve, find it live."""

import re

import pytest
from django.contrib.auth.models import Group, User
from playwright.sync_api import expect
from wagtail.contrib.forms.models import FormSubmission

from appointments.models import AppointmentPage
from core.roles import CLINICAL_REVIEWERS, FRONT_DESK, MARKETING_EDITORS
from tests.browser.conftest import PASSWORD
from treatments.models import TreatmentIndexPage, TreatmentPage


@pytest.fixture
def people(demo_site):
    def person(username, first, last, group):
        user = User.objects.create_user(username, f"{username}@example.com", PASSWORD, first_name=first, last_name=last)
        user.groups.add(Group.objects.get(name=group))
        return user

    return {
        "editor": person("mia", "Mia", "Marketing", MARKETING_EDITORS),
        "reviewer": person("dana", "Dana", "Whitfield", CLINICAL_REVIEWERS),
        "front_desk": person("frank", "Frank", "Desk", FRONT_DESK),
    }


def type_rich_text(page, input_id, text):
    """Click into the Draftail editor that stores its content in the hidden input ``input_id``, and type."""
    field = page.locator(f"#{input_id}").locator("xpath=ancestor::div[contains(@class, 'w-field__input')][1]")
    editable = field.locator("[contenteditable=true]")
    editable.click()
    expect(editable).to_be_focused()
    editable.press_sequentially(text)
    # Draftail writes what was typed into the hidden input the form posts.
    expect(page.locator(f"#{input_id}")).to_have_value(re.compile(re.escape(text)))


def test_editor_writes_reviewer_approves_visitors_find_it(page, sign_in, demo_site, people):
    index = TreatmentIndexPage.objects.get(locale__language_code="en")

    # A marketing editor writes a new treatment page in the StreamField editor.
    editor = sign_in(people["editor"])
    editor.goto(f"{demo_site}/admin/pages/{index.pk}/")
    editor.get_by_role("link", name="Add child page").click()
    editor.wait_for_url(re.compile(r"/admin/pages/add/treatments/treatmentpage/\d+/$"))
    # The four core sections are already there, waiting to be filled in.
    assert [editor.locator(f"input[name='body-{i}-type']").input_value() for i in range(4)] == [
        "overview",
        "how_it_works",
        "benefits",
        "safety",
    ]
    editor.locator("#id_title").fill("Kinesio Taping")
    editor.locator("#id_summary").fill("Stretchy tape that supports muscles and joints while you move.")
    type_rich_text(editor, "body-0-value-text", "Kinesio taping uses stretchy cotton tape on the skin.")
    type_rich_text(editor, "body-1-value-text", "Your clinician lays the tape along the muscle that needs support.")
    editor.locator("#body-2-value-items-0-value-label").fill("Support")
    editor.locator("#body-2-value-items-0-value-text").fill("Tape supports a sore joint without stopping movement.")
    editor.locator("#body-3-value-items-0-value-label").fill("Skin irritation")
    editor.locator("#body-3-value-items-0-value-text").fill("Take the tape off if your skin itches or turns red.")
    editor.get_by_role("button", name="More actions").click()
    assert editor.get_by_role("button", name="Publish").count() == 0  # treatments go live only through review
    editor.get_by_role("button", name="Submit to Clinical review").click()
    editor.wait_for_url(f"{demo_site}/admin/pages/{index.pk}/")
    assert editor.get_by_role("row", name=re.compile("Kinesio Taping")).get_by_text("In moderation").is_visible()

    treatment = TreatmentPage.objects.get(slug="kinesio-taping")
    assert not treatment.live
    assert [block.block_type for block in treatment.get_latest_revision().as_object().body] == [
        "overview",
        "how_it_works",
        "benefits",
        "safety",
    ]

    # A clinical reviewer approves it from the dashboard.
    reviewer = sign_in(people["reviewer"])
    awaiting = reviewer.locator("section", has_text="Awaiting your review")
    row = awaiting.get_by_role("row", name=re.compile("Kinesio Taping"))
    row.get_by_role("button", name="Actions").click()
    reviewer.get_by_role("button", name=re.compile(r"^Approve \(next review due ")).click()
    reviewer.wait_for_load_state()
    reviewer.wait_for_function("() => !document.body.innerText.includes('Awaiting your review')")

    treatment = TreatmentPage.objects.get(pk=treatment.pk)
    assert treatment.live
    assert treatment.reviewed_by == "Dana Whitfield"

    # Visitors find it in the A–Z list and through the site search.
    visitor = page  # a phone-sized browser, signed in as nobody
    visitor.goto(demo_site + "/treatments/")
    visitor.get_by_role("main").get_by_role("link", name="Kinesio Taping").click()
    visitor.wait_for_url(re.compile(r"/treatments/kinesio-taping/$"))
    due = treatment.next_review_due
    reviewed = visitor.get_by_text("Last reviewed on").inner_text()
    assert reviewed.endswith(f"by Dana Whitfield. Next review due {due:%B} {due.day}, {due.year}.")
    visitor.get_by_role("button", name="Search", exact=True).click()  # the phone header opens search on demand
    visitor.get_by_label("Search this site").fill("kinesio")
    visitor.get_by_label("Search this site").press("Enter")
    visitor.wait_for_url(re.compile(r"/search/\?q=kinesio"))
    assert visitor.get_by_role("main").get_by_role("link", name="Kinesio Taping").first.is_visible()


def test_front_desk_opens_requests_but_not_the_page_editor(sign_in, demo_site, people):
    appointments = AppointmentPage.objects.get(locale__language_code="en")
    FormSubmission.objects.create(page=appointments, form_data={"name": "Pat Example", "phone": "303 555 0100"})

    desk = sign_in(people["front_desk"])
    desk.get_by_role("link", name="Appointment requests").click()
    desk.wait_for_url(f"{demo_site}/admin/forms/submissions/{appointments.pk}/")
    assert desk.get_by_role("cell", name="Pat Example").is_visible()
    assert desk.get_by_role("button", name="Delete selected submissions").count() == 0

    desk.goto(f"{demo_site}/admin/pages/{appointments.pk}/edit/")
    desk.wait_for_url(f"{demo_site}/admin/")
    assert desk.get_by_text("Sorry, you do not have permission to access this area.").is_visible()
