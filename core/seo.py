"""What search engines and link previews read about a page: description, canonical URL, image.

Every value has a fallback, so a page an editor has not tuned for search still gets a
sensible description and a preview image.
"""

import html
import logging
import re
from dataclasses import dataclass
from urllib.parse import urljoin

from django.templatetags.static import static
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.images.models import SourceImageIOError
from wagtail.models import Site

from .image_cache import rendition_size

logger = logging.getLogger(__name__)

# 1200 × 630 is the size Facebook, LinkedIn, Slack and X all crop previews to; JPEG because
# not every preview service reads AVIF or WebP.
SOCIAL_IMAGE_SPEC = "fill-1200x630|format-jpeg|jpegquality-80"
DEFAULT_SOCIAL_IMAGE = "img/social-default.png"
DEFAULT_SOCIAL_IMAGE_SIZE = (1200, 630)
# Search engines show about 160 characters and cut the rest themselves; this only keeps a very
# long summary from bloating every page's head (Truncator adds an ellipsis).
DESCRIPTION_MAX_CHARS = 300


@dataclass(frozen=True)
class SocialImage:
    url: str
    width: int
    height: int
    alt: str = ""


@dataclass(frozen=True)
class PageMeta:
    title: str
    description: str
    url: str
    image: SocialImage
    type: str


# strip_tags("<p>One.</p><p>Two.</p>") gives "One.Two.": end each block with a space first.
_BLOCK_END = re.compile(r"(</(?:p|li|h[1-6]|div|blockquote)>|<br\s*/?>)", re.IGNORECASE)


def plain_text(value):
    """Rich text or plain text as one line of plain text (entities decoded once)."""
    return " ".join(html.unescape(strip_tags(_BLOCK_END.sub(r"\1 ", str(value or "")))).split())


def page_description(page, clinic=None):
    """The promote tab's search description, else the page's own summary, else the clinic's tagline."""
    for candidate in (
        getattr(page, "search_description", ""),
        getattr(page, "search_summary", ""),
        getattr(clinic, "translated_tagline", ""),
    ):
        text = plain_text(candidate)
        if text:
            return Truncator(text).chars(DESCRIPTION_MAX_CHARS)
    return ""


def social_image(page, clinic, base_url):
    """The page's hero image, else the clinic's social image, else the image shipped with the site."""
    for image in (getattr(page, "hero_image", None), getattr(clinic, "social_image", None)):
        if image is None:
            continue
        try:
            url, width, height = rendition_size(image, SOCIAL_IMAGE_SPEC)
        except SourceImageIOError:
            # The original file is missing from storage: a broken preview must not break the page.
            logger.warning("Social image %s has no source file", image.pk)
            continue
        return SocialImage(urljoin(base_url, url), width, height, image.description)
    width, height = DEFAULT_SOCIAL_IMAGE_SIZE
    return SocialImage(urljoin(base_url, static(DEFAULT_SOCIAL_IMAGE)), width, height)


def ancestors_of(page):
    """The page's ancestors below the tree's root, home page first: found while routing the request
    (:func:`core.pages.remember_parent`), else queried once per page however often the trail is shown
    (the breadcrumbs and the breadcrumb JSON-LD share it)."""
    if not hasattr(page, "_clinic_ancestors"):
        page._clinic_ancestors = list(page.get_ancestors().filter(depth__gt=1))
    return page._clinic_ancestors


def page_meta(page, clinic, request):
    url = page.get_full_url(request) or request.build_absolute_uri(page.get_url(request) or "/")
    site = Site.find_for_request(request)  # cached on the request
    return PageMeta(
        title=page.seo_title or page.title,
        description=page_description(page, clinic),
        url=url,
        image=social_image(page, clinic, url),
        # Treatment and content pages are articles to link previews; the home page is the website.
        type="website" if site is not None and site.root_page_id == page.pk else "article",
    )
