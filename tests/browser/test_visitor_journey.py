import re

from wagtail.contrib.forms.models import FormSubmission

from treatments.models import TreatmentPage


def test_visitor_finds_dry_needling_and_requests_an_appointment(page, demo_site):
    page.goto(demo_site + "/")
    # On a phone the header's search opens from its Search button.
    page.get_by_role("button", name="Search", exact=True).click()
    search_box = page.get_by_label("Search this site")
    search_box.fill("dry needling")
    search_box.press("Enter")
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


def test_header_search_suggests_treatments_as_the_visitor_types(page, demo_site):
    page.goto(demo_site + "/treatments/")
    page.get_by_role("button", name="Search", exact=True).click()
    box = page.get_by_role("combobox", name="Search this site")
    box.press_sequentially("chiro", delay=30)
    listbox = page.get_by_role("listbox", name="Suggested treatments")
    listbox.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    assert "Chiropractic Care" in listbox.get_by_role("option").first.inner_text()
    box.press("ArrowDown")
    assert box.get_attribute("aria-activedescendant") == listbox.get_by_role("option").first.get_attribute("id")
    box.press("Enter")
    page.wait_for_url(re.compile(r"/treatments/chiropractic-care/$"))


def test_search_form_works_without_javascript(chromium, demo_site):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(demo_site + "/")
    box = page.get_by_role("searchbox", name="Search this site")
    box.fill("massage")
    box.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q=massage"))
    assert page.get_by_role("link", name="Therapeutic Massage").first.is_visible()
    context.close()
