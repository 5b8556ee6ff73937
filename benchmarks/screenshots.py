"""Full-page screenshots of every page type, on a phone and a desktop, to review a design by looking.

    python -m benchmarks.screenshots http://127.0.0.1:8000 [--out screenshots]

`make screenshots` serves the demo on a scratch database and runs this. It writes
``<out>/<page>-phone.png`` (390 × 844) and ``<out>/<page>-desktop.png`` (1280 × 800) with the
system Chromium (CHROMIUM_PATH, default /usr/bin/chromium) through Playwright. Page types that the
site does not have (no team page yet, say) are skipped with a note, not an error.
"""

import argparse
import os
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 800}}
# (file name, path): the page types visitors see; the last ones exist once their branches are merged.
PAGES = [
    ("home", "/"),
    ("treatments-index", "/treatments/"),
    ("treatment", "/treatments/physical-therapy/"),
    ("search-results", "/search/?q=massage"),
    ("search-start", "/search/"),
    ("appointment-form", "/request-an-appointment/"),
    ("content-page", "/about/"),
    ("not-found", "/no-such-page/"),
    ("team", "/team/"),
    ("locations", "/locations/"),
    ("first-visit", "/your-first-visit/"),
    ("insurance", "/insurance-and-payment/"),
    ("privacy", "/notice-of-privacy-practices/"),
    ("accessibility", "/accessibility-statement/"),
    ("nondiscrimination", "/nondiscrimination-notice/"),
]
OPTIONAL = {"team", "locations", "first-visit", "insurance", "privacy", "accessibility", "nondiscrimination"}


def take(base_url, out):
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
        for device, viewport in VIEWPORTS.items():
            context = browser.new_context(viewport=viewport)
            page = context.new_page()
            for name, path in PAGES:
                response = page.goto(base_url.rstrip("/") + path, wait_until="networkidle")
                expected = 404 if name == "not-found" else 200
                if response.status != expected:
                    if name in OPTIONAL:
                        print(f"skipped {name}: {path} answered {response.status}")
                        continue
                    raise SystemExit(f"{path} answered {response.status}, expected {expected}")
                page.evaluate("document.fonts.ready")
                target = out / f"{name}-{device}.png"
                page.screenshot(path=target, full_page=True)
                written.append(target)
            context.close()
        browser.close()
    return written


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url", help="the running site, e.g. http://127.0.0.1:8000")
    parser.add_argument("--out", default="screenshots", type=Path, help="folder for the PNGs (git-ignored)")
    args = parser.parse_args(argv)
    written = take(args.url, args.out)
    print(f"{len(written)} screenshots in {args.out}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
