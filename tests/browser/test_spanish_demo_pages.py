"""The demo's Spanish pages on a phone: longer Spanish words and headings fit the screen, nothing breaks."""

from wagtail.models import Page

from tests.browser.conftest import PHONE

LAYOUT = """() => ({
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    // Clipped for screen readers only (the form's trap field, for one) takes no room on screen.
    wide: [...document.querySelectorAll("main *")]
        .filter(element => !element.closest(".visually-hidden"))
        .filter(element => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map(element => element.tagName + " " + element.textContent.trim().slice(0, 40)),
    lang: document.documentElement.lang,
    h1: [...document.querySelectorAll("h1")].map(h1 => h1.textContent.trim()),
})"""


def test_every_spanish_page_fits_a_phone_with_no_console_error(chromium, demo_site):
    context = chromium.new_context(viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(10_000)
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    paths = [p.url for p in Page.objects.live().filter(locale__language_code="es").order_by("path")]
    assert len(paths) >= 25
    problems = []
    try:
        for path in paths:
            assert page.goto(demo_site + path).status == 200, path
            layout = page.evaluate(LAYOUT)
            if layout["overflow"] > 0 or layout["wide"]:
                problems.append(f"{path}: {layout['overflow']}px too wide; {layout['wide'][:3]}")
            if layout["lang"] != "es" or len(layout["h1"]) != 1:
                problems.append(f"{path}: lang {layout['lang']}, h1 {layout['h1']}")
    finally:
        context.close()
    assert not problems, problems
    assert not errors, errors
