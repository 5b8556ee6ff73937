"""What only a browser shows of the design: the compact phone header and its disclosures, the page's
title on the first screen, card grids without a lone last card, the web font, print, and page weight."""

import re

import pytest

from tests.browser.conftest import DESKTOP, PHONE

TABLET = {"width": 768, "height": 1024}
MAX_HEADER_SHARE = 0.20
MAX_TREATMENT_BYTES = 150_000

PAGE_TYPES = {
    "home": "/",
    "treatments list": "/treatments/",
    "treatment": "/treatments/physical-therapy/",
    "content page": "/about/",
    "search results": "/search/?q=massage",
    "appointment form": "/request-an-appointment/",
    "404": "/no-such-page/",
}

FIRST_SCREEN = """() => {
    const header = document.querySelector(".site-header").getBoundingClientRect();
    const h1 = document.querySelector("h1").getBoundingClientRect();
    const bar = document.querySelector(".action-bar");
    const barTop = bar && getComputedStyle(bar).display !== "none" ? bar.getBoundingClientRect().top : innerHeight;
    return {header: header.height, h1Top: h1.top, h1Bottom: h1.bottom, visibleBottom: barTop};
}"""


@pytest.fixture
def browse(chromium):
    """A new browser context at a viewport; every console error on its pages fails the test."""
    contexts, errors = [], []

    def open_page(viewport, **options):
        context = chromium.new_context(viewport=viewport, **options)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.on("console", lambda message: message.type == "error" and errors.append(message.text))
        return page

    yield open_page
    for context in contexts:
        context.close()
    # A 404 page logs its own status as a console error; anything else is a fault.
    assert not [e for e in errors if "404" not in e], errors


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_the_header_is_short_and_the_title_is_on_the_first_screen(browse, demo_site, viewport):
    page = browse(viewport)
    problems = []
    for name, path in PAGE_TYPES.items():
        page.goto(demo_site + path)
        box = page.evaluate(FIRST_SCREEN)
        if viewport == PHONE and box["header"] > MAX_HEADER_SHARE * viewport["height"]:
            problems.append(f"{name}: header {box['header']:.0f}px of {viewport['height']}")
        if box["h1Top"] < box["header"] or box["h1Bottom"] > box["visibleBottom"]:
            problems.append(f"{name}: h1 at {box['h1Top']:.0f}-{box['h1Bottom']:.0f}px, not on the first screen")
    assert not problems, problems


def test_menu_and_search_are_disclosures_for_keyboard_and_screen_readers(browse, demo_site):
    page = browse(PHONE)
    page.goto(demo_site + "/treatments/dry-needling/")
    menu = page.get_by_role("button", name="Menu", expanded=False)
    search = page.get_by_role("button", name="Search", expanded=False)
    assert menu.get_attribute("aria-controls") == "header-menu"
    assert search.get_attribute("aria-controls") == "header-search"
    navigation = page.get_by_role("navigation", name="Main")
    assert not navigation.is_visible()

    menu.focus()
    page.keyboard.press("Enter")
    expect_expanded(page, "Menu", True)
    assert navigation.is_visible()
    page.keyboard.press("Tab")  # past Menu, the Main navigation's first link is next (Request is hidden on phones)
    assert page.evaluate("document.activeElement.closest('nav')?.getAttribute('aria-label')") == "Main"
    page.keyboard.press("Escape")
    expect_expanded(page, "Menu", False)
    assert not navigation.is_visible()
    assert page.evaluate("document.activeElement.getAttribute('aria-controls')") == "header-menu"

    page.get_by_role("button", name="Search", exact=True).press("Space")
    expect_expanded(page, "Search", True)
    assert page.evaluate("document.activeElement.id") == "header-search-q"
    menu = page.get_by_role("button", name="Menu")
    menu.click()  # opening one closes the other
    expect_expanded(page, "Search", False)
    expect_expanded(page, "Menu", True)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Treatments").click()
    page.wait_for_url(re.compile(r"/treatments/$"))


def expect_expanded(page, name, expanded):
    # The open search panel has a Search (submit) button of its own: pick the toggle by what it controls.
    button = page.get_by_role("button", name=name, exact=True).and_(page.locator("[aria-controls]"))
    assert button.get_attribute("aria-expanded") == ("true" if expanded else "false"), name


def test_without_javascript_menu_and_search_are_links_to_their_panels(browse, demo_site):
    page = browse(PHONE, java_script_enabled=False)
    page.goto(demo_site + "/")
    page.get_by_role("link", name="Menu").click()
    page.get_by_role("navigation", name="Main").get_by_role("link", name="About Our Clinic").click()
    page.wait_for_url(re.compile(r"/about/$"))
    page.get_by_role("banner").get_by_role("link", name="Search", exact=True).click()
    box = page.get_by_role("searchbox", name="Search this site")
    box.fill("massage")
    box.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q=massage"))


LONE_CARDS = """() => {
    const lone = [];
    for (const grid of document.querySelectorAll(".cards")) {
        const cards = [...grid.children];
        const last = cards.at(-1).getBoundingClientRect();
        const row = cards.filter(card => Math.abs(card.getBoundingClientRect().top - last.top) < 2);
        const width = grid.getBoundingClientRect().width;
        if (row.length === 1 && last.width < width - 2) lone.push(`${cards.length} cards, last alone`);
        const heights = new Set(cards.map(card => Math.round(card.getBoundingClientRect().height)));
        if (heights.size > 1) lone.push(`uneven heights ${[...heights]}`);
    }
    return lone;
}"""


TRIM_CARDS = "n => document.querySelectorAll('.cards').forEach(g => [...g.children].slice(n).forEach(c => c.remove()))"


TRIM_CARDS = "n => document.querySelectorAll('.cards').forEach(g => [...g.children].slice(n).forEach(c => c.remove()))"


@pytest.mark.parametrize("count", [2, 3, 4, 5, 7])
def test_no_card_grid_ends_with_a_lone_card(browse, demo_site, count):
    """The demo's grids (home, related treatments, the A-Z list) and grids of other sizes, at three widths."""
    page = browse(PHONE)
    problems = []
    for viewport in [PHONE, TABLET, DESKTOP]:
        page.set_viewport_size(viewport)
        for path in ["/", "/treatments/", "/treatments/dry-needling/"]:
            page.goto(demo_site + path)
            # Trim the grid to `count` cards, as an editor's choice of featured treatments would.
            page.evaluate(TRIM_CARDS, count)
            found = page.evaluate(LONE_CARDS)
            problems += [f"{path} at {viewport['width']}px: {p}" for p in found]
    assert not problems, problems


def test_the_web_font_comes_from_the_site_itself(browse, demo_site):
    page = browse(PHONE)
    fonts = []
    page.on("response", lambda response: response.url.endswith(".woff2") and fonts.append(response))
    page.goto(demo_site + "/treatments/dry-needling/", wait_until="networkidle")
    assert fonts and all(response.url.startswith(demo_site + "/static/fonts/") for response in fonts)
    assert page.evaluate("document.fonts.check('1rem \"Atkinson Hyperlegible Next\"')")
    family = page.evaluate("getComputedStyle(document.body).fontFamily")
    assert family.startswith('"Atkinson Hyperlegible Next"')


def test_a_treatment_prints_without_the_site_chrome(browse, demo_site):
    page = browse(DESKTOP)
    page.goto(demo_site + "/treatments/dry-needling/")
    # A link as an editor's rich text makes it (the demo's treatment text has none).
    page.evaluate(
        """() => {
            const link = Object.assign(document.createElement("a"), {href: "https://www.apta.org/"});
            link.textContent = "APTA";
            document.querySelector(".stream p").append(" See ", link);
        }"""
    )
    page.emulate_media(media="print")
    for selector in [".site-header", ".action-bar", ".breadcrumbs", ".contents", ".cta-box"]:
        assert not page.locator(selector).first.is_visible(), selector
    assert page.locator(".reviewed").is_visible()
    assert page.get_by_role("heading", level=1).is_visible()
    shown = page.evaluate(
        """() => getComputedStyle(document.querySelector(".stream a[href^='https']"), "::after").content"""
    )
    assert shown == '" (" attr(href) ")"' or "https://www.apta.org/" in shown, shown


def test_a_treatment_page_on_a_phone_transfers_under_150_kb(browse, demo_site):
    """Everything the first view fetches (HTML, CSS, JS, fonts, images), as the browser counts it."""
    page = browse(PHONE)
    finished = []
    page.on("requestfinished", lambda request: finished.append(request))
    page.goto(demo_site + "/treatments/physical-therapy/", wait_until="networkidle")
    sizes = {}
    for request in finished:
        size = request.sizes()
        sizes[request.url] = size["responseBodySize"] + size["responseHeadersSize"]
    total = sum(sizes.values())
    print(f"treatment page first view: {total} bytes in {len(sizes)} responses")
    assert any(url.endswith(".woff2") for url in sizes), "the font is counted"
    assert total <= MAX_TREATMENT_BYTES, sizes
