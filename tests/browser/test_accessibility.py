"""WCAG 2.2 A/AA in a real browser: axe-core over every public page type, on a phone and a desktop.

Each page type is visited in the state a visitor sees it (the appointment form empty, with
errors and sent), axe-core runs with the WCAG 2.0/2.1/2.2 A and AA rules, and every violation
on every page is listed at once. The same visit checks what axe leaves out: one h1, no skipped
heading levels, a skip link to <main>, no inline scripts or styles, and no request to any
other origin (the site must work, and stay private, without third parties).
"""

import json
import re

import pytest
from django.template.loader import render_to_string
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from tests.browser.conftest import DESKTOP, PHONE
from treatments.models import TreatmentPage

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
SERVER_ERROR_PATH = "/server-error-preview/"


def visit(path):
    def go(page, base):
        response = page.goto(base + path)
        assert response.status == (404 if path.endswith("/no-such-page/") else 200), path

    return go


def appointment_form(page, base):
    page.goto(base + "/request-an-appointment/")
    page.get_by_label("Phone call", exact=True).wait_for()


def appointment_form_with_errors(page, base):
    page.goto(base + "/request-an-appointment/")
    page.get_by_label(label_starting("Email")).fill("not-an-email")
    page.get_by_role("button", name="Send request").click()
    page.get_by_role("alert").wait_for()


def appointment_sent(page, base):
    page.goto(base + "/request-an-appointment/?treatment=dry-needling")
    page.get_by_label(label_starting("Name")).fill("Pat Example")
    page.get_by_label(label_starting("Phone")).fill("303 555 0100")
    page.get_by_label("Phone call", exact=True).check()
    page.get_by_label(label_starting("I agree to be contacted")).check()
    page.get_by_role("button", name="Send request").click()
    page.get_by_role("heading", name="Your request has been sent").wait_for()


def appointment_not_sent(page, base):
    """A form with an out-of-date stamp comes back filled in under a notice (a 429 looks the same)."""
    page.goto(base + "/request-an-appointment/")
    page.get_by_label(label_starting("Name")).fill("Pat Example")
    page.locator("input[name='guard-stamp']").evaluate("input => { input.value = 'out-of-date'; }")
    page.get_by_role("button", name="Send request").click()
    page.get_by_role("alert").wait_for()


def server_error(page, base):
    # Django renders 500.html with no request or database; serve exactly that from the live
    # server's origin so the stylesheet it links loads as it would in production.
    html = render_to_string("500.html")
    page.route(base + SERVER_ERROR_PATH, lambda route: route.fulfill(status=500, body=html, content_type="text/html"))
    page.goto(base + SERVER_ERROR_PATH)


def emergency_suggestions(page, base):
    """The live suggestions' emergency message, announced above the suggested treatments."""
    page.goto(base + "/treatments/")
    page.get_by_role("button", name="Search", exact=True).click()
    page.locator("#header-search-q").fill("back pain and numb groin")
    page.locator(".suggestions__emergency").get_by_role("link", name="Call 911").wait_for()


def label_starting(start):
    """Labels end with " (required)" on required fields: match the start."""
    return re.compile("^" + re.escape(start))


PAGE_TYPES = [
    ("home", visit("/")),
    ("treatments list", visit("/treatments/")),
    ("treatment page (hero image, figure, FAQ)", visit("/treatments/physical-therapy/")),
    ("content page", visit("/about/")),
    ("team index", visit("/our-team/")),
    ("team index filtered by language", visit("/our-team/?language=es")),
    ("clinician page", visit("/our-team/marisol-ortega/")),
    ("locations index", visit("/locations/")),
    ("location page (its team, its hours)", visit("/locations/arvada/")),
    ("your first visit", visit("/your-first-visit/")),
    ("insurance and payment", visit("/insurance-and-payment/")),
    ("notice of privacy practices", visit("/notice-of-privacy-practices/")),
    ("accessibility statement", visit("/accessibility/")),
    ("nondiscrimination notice (taglines in other languages)", visit("/nondiscrimination-notice/")),
    ("search start page", visit("/search/")),
    ("search with results", visit("/search/?q=massage")),
    ("search with no results", visit("/search/?q=xylophone")),
    # Results with their evidence ("Treats: …") and, for the word no page uses, the next steps below them.
    ("search with evidence and next steps", visit("/search/?q=heel+pain+xylophone")),
    # A misspelling: the page leads with "Showing results for massage therapy".
    ("search with a misspelled query", visit("/search/?q=masage+therapy")),
    ("treatment page with emergency care cards", visit("/treatments/chiropractic-care/")),
    ("search with an emergency message", visit("/search/?q=numb+groin+and+cant+control+my+bladder")),
    ("search with the 988 message", visit("/search/?q=suicidal+thoughts")),
    ("live suggestions with an emergency message", emergency_suggestions),
    ("appointment form", appointment_form),
    ("appointment form with errors", appointment_form_with_errors),
    ("appointment sent (thank you)", appointment_sent),
    ("appointment not sent (form renewed)", appointment_not_sent),
    ("404", visit("/no-such-page/")),
    ("500", server_error),
    # The same page types in Spanish (issue 17): longer words, another language's search and warnings.
    ("Spanish home", visit("/es/")),
    ("Spanish treatments list", visit("/es/tratamientos/")),
    ("Spanish treatment page", visit("/es/tratamientos/puncion-seca/")),
    ("Spanish clinician page", visit("/es/nuestro-equipo/marisol-ortega/")),
    ("Spanish search with results", visit("/es/search/?q=puncion+seca")),
    ("Spanish search with an emergency message", visit("/es/search/?q=dolor+en+el+pecho")),
    ("Spanish search with no results", visit("/es/search/?q=xilofono")),
    ("Spanish appointment form", visit("/es/pedir-una-cita/")),
    ("Spanish 404", visit("/es/no-such-page/")),
]

STRUCTURE_CHECKS = """() => {
    const problems = [];
    const h1s = document.querySelectorAll("h1");
    if (h1s.length !== 1) problems.push(`${h1s.length} h1 elements`);
    let previous = 0;
    for (const heading of document.querySelectorAll("h1, h2, h3, h4, h5, h6")) {
        const level = Number(heading.tagName[1]);
        if (previous && level > previous + 1) {
            problems.push(`h${previous} then h${level}: "${heading.textContent.trim()}"`);
        }
        previous = level;
    }
    const lang = location.pathname.startsWith("/es/") ? "es" : "en";
    if (document.documentElement.lang !== lang) problems.push(`html lang is not ${lang}`);
    if (document.querySelectorAll("main").length !== 1) problems.push("not exactly one <main>");
    // Pages with a site header start with a link past it (500.html has no header to skip).
    const first = document.querySelector("a[href], button, input, select, textarea");
    const skips = first?.getAttribute("href") === "#main" && document.getElementById("main");
    if (document.querySelector("header") && !skips) {
        problems.push("the first focusable element is not a skip link to #main");
    }
    for (const element of document.querySelectorAll("[style]")) {
        problems.push(`style attribute on <${element.tagName.toLowerCase()}>`);
    }
    for (const script of document.scripts) {
        if (!script.src && script.type !== "application/ld+json") problems.push("inline <script>");
        if (script.src && !script.defer) problems.push(`script without defer: ${script.src}`);
    }
    for (const img of document.images) if (!img.hasAttribute("alt")) problems.push(`img without alt: ${img.src}`);
    return problems;
}"""


@pytest.fixture(scope="module")
def site_with_images(shared_demo):
    """The demo site (with its illustrations), plus a photo hero image, a figure and sources on a treatment
    page: added once, for the module's shared demo."""
    images = get_image_model()
    hero = images.objects.create(title="hero", file=get_test_image_file(size=(1600, 800)))
    photo = images.objects.create(title="IMG_0042", file=get_test_image_file(size=(1200, 800)))
    page = TreatmentPage.objects.get(slug="physical-therapy")
    page.hero_image = hero
    alt = {"image": photo.pk, "decorative": False, "alt_text": "A physical therapist guiding a squat"}
    figure = {"image": alt, "caption": "Strength work"}
    page.body.append(("image", page.body.stream_block.child_blocks["image"].to_python(figure)))
    source = {"citation": "MedlinePlus. Back Pain", "url": "https://medlineplus.gov/backpain.html", "accessed": None}
    sources = page.body.stream_block.child_blocks["sources"].to_python({"heading": "Sources", "items": [source]})
    page.body.append(("sources", sources))
    page.save_revision().publish()
    return shared_demo


def run_axe(page, axe_source):
    # On a phone the sticky Call / Request bar overlaps whatever sits at the bottom of the first
    # screen, and axe then measures only the uncovered part of that link (target-size) or cannot
    # find its background (color-contrast). At the end of the page the bar rests below the footer
    # and covers nothing, so axe sees every element whole. (Keyboard focus is kept clear of the
    # bar by scroll-padding: tests/browser/test_keyboard.py checks every Tab stop.)
    page.evaluate("window.scrollTo({top: document.documentElement.scrollHeight, behavior: 'instant'})")
    # Evaluated through the browser's devtools protocol, not added as a <script>: the pages' strict
    # Content-Security-Policy (script-src 'self') rightly refuses an inline script.
    page.evaluate(axe_source.read_text())
    return page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        WCAG_TAGS,
    )["violations"]


def describe(violations):
    """One readable paragraph per rule: what failed, where, and how to fix it."""
    lines = []
    for violation in violations:
        lines.append(f"  [{violation['impact']}] {violation['id']}: {violation['help']} ({violation['helpUrl']})")
        for node in violation["nodes"][:5]:
            lines.append(f"      at {json.dumps(node['target'])}: {node['failureSummary'].splitlines()[-1].strip()}")
    return "\n".join(lines)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_every_page_type_has_no_wcag_violations(chromium, site_with_images, axe_source, viewport):
    context = chromium.new_context(viewport=viewport)
    page = context.new_page()
    page.set_default_timeout(10_000)
    other_origins = []
    page.on(
        "request",
        lambda request: request.url.startswith((site_with_images, "data:")) or other_origins.append(request.url),
    )
    csp_violations = []
    page.on(
        "console", lambda message: "Content Security Policy" in message.text and csp_violations.append(message.text)
    )
    report = []
    try:
        for name, go in PAGE_TYPES:
            go(page, site_with_images)
            # Before axe is injected: axe arrives as an inline script of its own.
            problems = page.evaluate(STRUCTURE_CHECKS)
            if problems:
                report.append(f"{name} ({page.url}):\n" + "\n".join(f"  {p}" for p in problems))
            violations = run_axe(page, axe_source)
            if violations:
                report.append(f"{name} ({page.url}):\n{describe(violations)}")
    finally:
        context.close()
    assert not report, "Accessibility problems:\n" + "\n".join(report)
    assert not other_origins, f"Requests to other origins: {other_origins}"
    assert not csp_violations, f"Blocked by the Content-Security-Policy: {csp_violations}"


@pytest.mark.parametrize(
    "path", ["/", "/treatments/physical-therapy/", "/search/?q=massage", "/request-an-appointment/"]
)
def test_pages_reflow_at_320_css_pixels(chromium, site_with_images, path):
    # WCAG 1.4.10: content fits a 320 px wide screen (400% zoom on a desktop) without sideways scrolling.
    context = chromium.new_context(viewport={"width": 320, "height": 640})
    try:
        page = context.new_page()
        page.goto(site_with_images + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 320px"
    finally:
        context.close()


def test_smooth_scrolling_only_without_a_reduced_motion_preference(chromium, demo_site):
    for motion, expected in [("reduce", "auto"), ("no-preference", "smooth")]:
        context = chromium.new_context(viewport=PHONE, reduced_motion=motion)
        try:
            page = context.new_page()
            page.goto(demo_site + "/treatments/dry-needling/")
            assert page.evaluate("getComputedStyle(document.documentElement).scrollBehavior") == expected
        finally:
            context.close()


def test_images_are_responsive_sized_and_lazy_below_the_fold(chromium, site_with_images):
    context = chromium.new_context(viewport=PHONE)
    try:
        page = context.new_page()
        page.goto(site_with_images + "/treatments/physical-therapy/")
        pictures = page.evaluate(
            """() => [...document.querySelectorAll("main picture")].map(picture => {
                const img = picture.querySelector("img");
                return {
                    types: [...picture.querySelectorAll("source")].map(s => s.type),
                    sizes: img.sizes, width: img.getAttribute("width"), height: img.getAttribute("height"),
                    loading: img.loading, priority: img.getAttribute("fetchpriority"), alt: img.alt,
                };
            })"""
        )
        # Then the related treatments' cards, whose pictures are decorative (the card's title names it).
        hero, figure, *cards = pictures
        assert cards and all((card["loading"], card["alt"]) == ("lazy", "") for card in cards)
        for picture in pictures:
            assert picture["types"] == ["image/avif", "image/webp"]
            # Width and height let the browser reserve the space before the image loads: no layout shift.
            assert picture["width"] and picture["height"] and picture["sizes"]
        assert (hero["loading"], hero["priority"], hero["alt"]) == ("eager", "high", "")
        assert (figure["loading"], figure["alt"]) == ("lazy", "A physical therapist guiding a squat")
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        page.wait_for_load_state("networkidle")
        # Everything has loaded and been scrolled through: any layout shift has happened by now.
        layout_shift = page.evaluate(
            """() => new Promise(resolve => {
                let total = 0;
                new PerformanceObserver(list => {
                    for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
                }).observe({type: "layout-shift", buffered: true});
                setTimeout(() => resolve(total), 200);
            })"""
        )
        assert layout_shift == 0
    finally:
        context.close()
