"""Keyboard only: search, open a result and request an appointment without touching the mouse.

Every Tab stop on the way must show a visible focus indicator (WCAG 2.4.7) and, on a phone,
must not be hidden behind the sticky Call / Request bar (WCAG 2.4.11).
"""

import re

import pytest
from wagtail.contrib.forms.models import FormSubmission

from tests.browser.conftest import DESKTOP, PHONE

MAX_TABS = 80

# What the focused element looks like: enough to tell a visible indicator from none, and
# whether the action bar at the bottom of a phone screen covers it.
FOCUS_STATE = """() => {
    const element = document.activeElement;
    // Cards draw the indicator around the whole card (the link's pseudo-element covers it).
    const ring = element.closest(".card") || element;
    const ringStyle = getComputedStyle(ring);
    const rect = element.getBoundingClientRect();
    const bar = document.querySelector(".action-bar");
    const barRect = bar && getComputedStyle(bar).display !== "none" ? bar.getBoundingClientRect() : null;
    const text = (element.textContent || element.value || element.id).trim().slice(0, 40);
    return {
        description: `<${element.tagName.toLowerCase()}> ${text}`,
        visible: element.matches(":focus-visible") && ringStyle.outlineStyle !== "none"
            && parseFloat(ringStyle.outlineWidth) >= 2,
        inBar: Boolean(bar && bar.contains(element)),
        hiddenByBar: Boolean(barRect && !bar.contains(element) && rect.top >= barRect.top - 1),
        coveredByBar: Boolean(barRect && !bar.contains(element) && rect.bottom > barRect.top + 1),
        onScreen: rect.bottom > 0 && rect.top < innerHeight,
    };
}"""


class KeyboardUser:
    def __init__(self, page):
        self.page = page
        self.problems = []

    def tab_to(self, selector, *, shift=False):
        """Press Tab until the element matching ``selector`` has focus, checking every stop."""
        for _ in range(MAX_TABS):
            self.page.keyboard.press("Shift+Tab" if shift else "Tab")
            state = self.page.evaluate(FOCUS_STATE)
            if not state["visible"]:
                self.problems.append(f"{self.page.url}: no visible focus on {state['description']}")
            if not state["onScreen"]:
                self.problems.append(f"{self.page.url}: focus off screen on {state['description']}")
            if state["hiddenByBar"] or state["coveredByBar"]:
                self.problems.append(f"{self.page.url}: the action bar covers {state['description']}")
            if self.page.evaluate("selector => document.activeElement.matches(selector)", selector):
                return
        raise AssertionError(f"{MAX_TABS} presses of Tab never reached {selector} on {self.page.url}")

    def press(self, key):
        self.page.keyboard.press(key)

    def type(self, text):
        self.page.keyboard.type(text)


@pytest.fixture(params=[PHONE, DESKTOP], ids=["phone", "desktop"])
def keyboard_page(request, chromium):
    # Reduced motion makes focus scrolling instant (the site scrolls smoothly otherwise), so each
    # check sees where the focused element ends up, not a frame of the animation.
    context = chromium.new_context(viewport=request.param, reduced_motion="reduce")
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def test_search_then_request_an_appointment_with_the_keyboard_only(keyboard_page, demo_site):
    page, user = keyboard_page, KeyboardUser(keyboard_page)
    page.goto(demo_site + "/")

    if page.viewport_size == PHONE:
        # The phone header keeps search behind its Search button, which puts the cursor in the box.
        user.tab_to("button[aria-controls='header-search']")
        user.press("Enter")
        assert page.evaluate("document.activeElement.id") == "header-search-q"
    else:
        user.tab_to("#header-search-q")
    user.type("massage")
    user.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q=massage$"))

    user.tab_to("main .results a[href^='/treatments/']")
    result = page.evaluate("document.activeElement.getAttribute('href')")
    user.press("Enter")
    page.wait_for_url(re.compile(re.escape(result) + "$"))
    treatment = page.get_by_role("heading", level=1).inner_text()

    user.tab_to("main a[href*='?treatment=']")
    user.press("Enter")
    page.wait_for_url(re.compile(r"/request-an-appointment/\?treatment="))
    assert page.locator("#id_treatment").input_value() == treatment

    user.tab_to("#id_name")
    user.type("Pat Example")
    user.tab_to("#id_phone")
    user.type("303 555 0100")
    user.tab_to("#id_email")
    user.type("pat@example.com")
    # Tab enters the radio group on its first option; arrow keys move the choice.
    user.tab_to("#id_preferred_contact_method_0")
    user.press("Space")
    user.press("ArrowDown")
    assert page.locator("#id_preferred_contact_method_1").is_checked()
    user.tab_to("#id_treatment")  # already chosen from the treatment page: leave it
    user.tab_to("#id_preferred_days_and_times_0")
    user.press("Space")
    user.tab_to("#id_preferred_days_and_times_3")
    user.press("Space")
    user.tab_to("#id_i_agree_to_be_contacted_about_this_request")
    user.press("Space")
    user.tab_to("form.form button[type=submit]")
    user.press("Enter")

    page.get_by_role("heading", name="Your request has been sent").wait_for()
    assert not user.problems, "\n".join(user.problems)
    data = FormSubmission.objects.get().form_data
    assert data["name"] == "Pat Example"
    assert data["preferred_contact_method"] == "Text message"
    assert data["treatment"] == treatment
    assert data["preferred_days_and_times"] == ["Weekday mornings", "Saturday"]


def test_errors_are_reachable_from_the_summary_by_keyboard(keyboard_page, demo_site):
    page, user = keyboard_page, KeyboardUser(keyboard_page)
    page.goto(demo_site + "/request-an-appointment/")
    user.tab_to("form.form button[type=submit]")
    user.press("Enter")
    summary = page.get_by_role("alert")
    summary.wait_for()
    user.tab_to(".error-summary a[href='#id_name']")
    user.press("Enter")
    # Following the summary's link puts the keyboard in the field, ready to type.
    page.wait_for_function("document.activeElement && document.activeElement.id === 'id_name'")
    user.type("Pat Example")
    assert page.locator("#id_name").input_value() == "Pat Example"
    described_by = page.locator("#id_name").get_attribute("aria-describedby")
    assert "id_name_error" in described_by.split()
    assert page.locator("#id_name").get_attribute("aria-invalid") == "true"
    assert not user.problems, "\n".join(user.problems)


def test_skip_link_is_the_first_stop_and_jumps_to_the_content(keyboard_page, demo_site):
    page, user = keyboard_page, KeyboardUser(keyboard_page)
    page.goto(demo_site + "/treatments/dry-needling/")
    user.press("Tab")
    skip = page.evaluate(FOCUS_STATE)
    assert skip["description"].startswith("<a> Skip to main content")
    assert skip["visible"] and skip["onScreen"]
    user.press("Enter")
    user.press("Tab")
    inside_main = page.evaluate("document.querySelector('main').contains(document.activeElement)")
    assert inside_main, "after the skip link, Tab goes into <main>"
