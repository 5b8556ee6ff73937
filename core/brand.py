"""The clinic's brand colour: checked for contrast, and turned into the site's colour tokens.

Links are the brand colour on white and buttons are white text on it, so both need the same
WCAG 2.2 contrast of 4.5:1 with white. A colour short of that is refused, and the editor is told
the nearest darker shade of the same hue that passes (so the look they chose is kept).
The stylesheet derives every tint and shade from ``--c-brand`` (``color-mix()``), so the only
thing served per clinic is the colour itself (``/brand.css``, see :func:`brand_css`).
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

DEFAULT_BRAND_COLOUR = "#0b5e63"
MIN_CONTRAST = 4.5
HEX_COLOUR = re.compile(r"^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")


def parse_hex(value):
    """'#0B5E63', '0b5e63' or '#abc' → (11, 94, 99); ValueError for anything else."""
    match = HEX_COLOUR.match((value or "").strip())
    if not match:
        raise ValueError(value)
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    return tuple(int(digits[i : i + 2], 16) for i in (0, 2, 4))


def to_hex(rgb):
    return "#" + "".join(f"{round(channel):02x}" for channel in rgb)


def relative_luminance(rgb):
    """WCAG 2.2's relative luminance of an sRGB colour (0 black … 1 white)."""

    def linear(channel):
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_with_white(rgb):
    return 1.05 / (relative_luminance(rgb) + 0.05)


def darker_shade(rgb, minimum=MIN_CONTRAST):
    """The lightest mix of ``rgb`` with black that reaches ``minimum`` against white (same hue)."""
    for step in range(101):
        keep = 1 - step / 100
        shade = tuple(channel * keep for channel in rgb)
        if contrast_with_white(shade) >= minimum:
            return to_hex(shade)
    return "#000000"


def validate_brand_colour(value):
    """A six-digit hex colour that white text and white backgrounds can both be read against."""
    try:
        rgb = parse_hex(value)
    except ValueError:
        raise ValidationError(
            _("Enter a colour as # and six hexadecimal digits, e.g. #0b5e63."), code="invalid"
        ) from None
    ratio = contrast_with_white(rgb)
    if ratio < MIN_CONTRAST:
        raise ValidationError(
            _(
                "This colour has a contrast of only %(ratio).1f:1 with white; links and button text need "
                "at least 4.5:1 to be readable. The nearest darker shade that reaches it is %(shade)s."
            ),
            code="low_contrast",
            params={"ratio": ratio, "shade": darker_shade(rgb)},
        )


def normalise(value):
    """Lower-case #rrggbb, for storage and for the stylesheet's URL."""
    return to_hex(parse_hex(value))


def brand_css(colour):
    """The stylesheet served at /brand.css: the brand colour as the token site.css derives from."""
    try:
        rgb = parse_hex(colour)
    except ValueError:
        rgb = parse_hex(DEFAULT_BRAND_COLOUR)
    # A colour saved before the check existed (or through the shell) is darkened, never served unreadable.
    colour = to_hex(rgb) if contrast_with_white(rgb) >= MIN_CONTRAST else darker_shade(rgb)
    return f":root {{ --c-brand: {colour}; }}\n"
