import re

from wagtail.contrib.forms.models import FormSubmission

from treatments.models import TreatmentPage


def test_visitor_finds_dry_needling_and_requests_an_appointment(page, demo_site):
    page.goto(demo_site + "/")
    page.get_by_role("searchbox").first.fill("dry needling")
    page.get_by_role("searchbox").first.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q=dry\+needling"))

    page.get_by_role("main").get_by_role("link", name="Dry Needling").first.click()
    page.wait_for_url(re.compile(r"/treatments/dry-needling/$"))
    headings = page.locator("main h2[id]").all_inner_texts()
    core = [
        h
        for h in headings
        if h in {"Overview", "How Dry Needling Works", "Benefits of Dry Needling", "Safety and Considerations"}
    ]
    assert core == ["Overview", "How Dry Needling Works", "Benefits of Dry Needling", "Safety and Considerations"]
    assert page.get_by_text("Pain Relief").first.is_visible()

    page.get_by_role("main").get_by_role("link", name="Request an appointment").first.click()
    page.wait_for_url(re.compile(r"\?treatment=dry-needling$"))
    assert page.get_by_label("Treatment", exact=True).input_value() == "Dry Needling"

    page.get_by_label(re.compile(r"^Name\b")).fill("Pat Example")
    page.get_by_label(re.compile(r"^Phone( \(required\))?$")).fill("303 555 0100")
    page.get_by_label("Phone call", exact=True).check()
    page.get_by_label(re.compile("^I agree to be contacted")).check()
    page.get_by_role("button", name="Send request").click()

    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text()
    assert page.get_by_text("Thank you").first.is_visible()
    submission = FormSubmission.objects.get()
    assert submission.form_data["name"] == "Pat Example"
    assert submission.form_data["treatment"] == "Dry Needling"
    assert TreatmentPage.objects.live().count() >= 8
