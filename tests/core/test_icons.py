"""Icons: vendored Tabler SVGs (``make icons``), inlined by ``{% icon %}``, hidden from screen readers."""

import re
from pathlib import Path

import pytest
from django.template import Context, Template

from core.models import SOCIAL_NETWORKS
from core.templatetags.icon_tags import icon

ROOT = Path(__file__).resolve().parents[2]
ICON_DIR = ROOT / "clinic_site" / "static" / "icons"
# {% icon "name" %}, or icon_name="name" passed to an include; not "brand-"|add:network (checked below).
USED = re.compile(r"""(?:{%\s*icon\s+|icon_name=)"([a-z0-9-]+)"(?!\|)""")


def vendored():
    return {path.stem for path in ICON_DIR.glob("*.svg")}


def makefile_icons():
    text = (ROOT / "Makefile").read_text()
    listing = re.search(r"^ICONS := (.*?)\n(?!\t)", text, re.MULTILINE | re.DOTALL).group(1)
    return set(listing.replace("\\", " ").split())


def test_the_vendored_icons_are_exactly_those_the_makefile_lists():
    assert vendored() == makefile_icons()
    assert (ICON_DIR / "LICENSE").read_text().startswith("MIT License")


def test_every_icon_a_template_names_is_vendored():
    named = {name for path in (ROOT / "templates").rglob("*.html") for name in USED.findall(path.read_text())}
    # Social networks are named by the settings' choice: "brand-" + network.
    networks = {f"brand-{key}" for key, _label in SOCIAL_NETWORKS}
    assert named | networks == vendored(), "every icon used is vendored, and none is vendored unused"


def test_an_icon_is_inline_decorative_svg():
    html = Template('{% load icon_tags %}{% icon "quote" "big" %}').render(Context())
    assert html.startswith('<svg class="icon big" aria-hidden="true" focusable="false"')
    assert "<path" in html and "icon-tabler" not in html


@pytest.mark.parametrize("name", ["no-such-icon", "../LICENSE", "quote.svg"])
def test_an_unknown_icon_is_an_error_not_an_empty_space(name):
    with pytest.raises(LookupError):
        icon(name)
