"""The demo's pictures: illustrations drawn for the project as SVG (content/illustrations), uploaded as
ordinary Wagtail images, so editors see where their own photos go and replace them the same way.

Wagtail makes AVIF/WebP renditions only from raster images, so each drawing is rasterised here, once,
when the demo is loaded (resvg: a self-contained renderer, no system libraries). The SVG stays the source.
"""

import io
from pathlib import Path

import resvg_py
from django.core.files.images import ImageFile
from wagtail.images import get_image_model

ILLUSTRATIONS = Path(__file__).resolve().parent / "content" / "illustrations"
# Wide enough for the largest rendition the templates ask for (hero 1200 px, at least 1600 px per the help text).
RASTER_WIDTH = {"home": 1600, "treatment": 1600, "area": 480}

HOME = ("home-stretching", "Two people stretching: one reaching over her head, one in a kneeling lunge.")
TREATMENTS = {
    "dry-needling": "Fine needles in a tight shoulder muscle.",
    "chiropractic-care": "A healthy spine in a gentle curve.",
    "instrument-assisted-soft-tissue-mobilization": "A smooth tool gliding along a forearm.",
    "physical-therapy": "A person stretching an exercise band across the chest.",
    "post-surgical-rehabilitation": "A healing knee stepping up onto a low step.",
    "shockwave-therapy": "Gentle sound waves reaching a sore heel.",
    "sports-injury-rehabilitation": "A runner in full stride.",
    "therapeutic-massage": "Two hands resting on a relaxed back.",
    "tmj-therapy": "A face in profile with the jaw joint marked.",
}


def rasterise(name):
    """The drawing ``name``.svg as PNG bytes at its kind's width (home-, treatment- or area-)."""
    kind = name.split("-", 1)[0]
    source = ILLUSTRATIONS / f"{name}.svg"
    if not source.is_file():  # resvg would only say "empty or invalid svg"
        raise FileNotFoundError(source)
    return bytes(resvg_py.svg_to_bytes(svg_path=str(source), width=RASTER_WIDTH[kind]))


def illustration(name, title, description=""):
    """The Wagtail image for drawing ``name``, uploaded the first time (found again by its title)."""
    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    if image is None:
        image = Image(title=title, description=description)
        image.file = ImageFile(io.BytesIO(rasterise(name)), name=f"{name}.png")
        image.save()
    return image


def home_illustration():
    name, description = HOME
    return illustration(name, "Illustration: stretching", description)


def treatment_illustration(slug):
    """The treatment's illustration, or None for a treatment the demo has no drawing for."""
    if slug not in TREATMENTS:
        return None
    return illustration(f"treatment-{slug}", f"Illustration: {slug.replace('-', ' ')}", TREATMENTS[slug])


def body_area_illustration(slug):
    name = f"area-{slug}"
    if not (ILLUSTRATIONS / f"{name}.svg").is_file():
        return None
    return illustration(name, f"Illustration: {slug.replace('-', ' ')} (body area)")
