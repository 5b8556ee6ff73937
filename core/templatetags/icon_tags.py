"""``{% icon "name" "class" %}``: a vendored Tabler icon (``make icons``) inlined as decorative SVG.

Inline, so an icon costs no request and takes the text colour (``currentColor``); hidden from screen
readers, so the text beside it says what it means.
"""

import re
from functools import lru_cache

from django import template
from django.contrib.staticfiles import finders
from django.utils.html import escape
from django.utils.safestring import mark_safe

register = template.Library()

NAME = re.compile(r"^[a-z0-9-]+$")

SHAPES = re.compile(r"<svg\b[^>]*>(.*)</svg>", re.DOTALL)


@lru_cache(maxsize=64)
def icon_shapes(name):
    """The drawing inside the icon's <svg> element; LookupError when no such icon is vendored."""
    path = finders.find(f"icons/{name}.svg") if NAME.match(name) else None
    if not path:
        raise LookupError(f"No icon {name!r}: add it to ICONS in the Makefile and run `make icons`.")
    with open(path, encoding="utf-8") as file:
        match = SHAPES.search(file.read())
    return " ".join(match.group(1).split())


@register.simple_tag
def icon(name, css_class=""):
    classes = f"icon {css_class}".strip()
    return mark_safe(  # noqa: S308 - our own vendored SVG; the class is escaped
        f'<svg class="{escape(classes)}" aria-hidden="true" focusable="false" width="24" height="24" '
        f'viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" '
        f'stroke-linejoin="round">{icon_shapes(name)}</svg>'
    )
