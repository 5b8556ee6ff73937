"""Image renditions are made when a page is published, never in a visitor's request.

A template's {% picture %} makes each missing size (AVIF, WebP and JPEG at two or three widths) the first
time the page is shown: seconds for a large photo, paid by whichever visitor comes first, on every
machine. Rendering the published page once, for an anonymous visitor, right after the publish commits
makes exactly the sizes its templates use (hero, figures, link-preview image) without a list to keep in
step with them. A failure is logged and leaves the page to make its sizes as before.
"""

import logging
from urllib.parse import urlsplit

from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.db.models import Prefetch
from django.test import RequestFactory
from wagtail.images import get_image_model

logger = logging.getLogger(__name__)


def render_once(page):
    """Render the live page as an anonymous visitor would see it; the response is thrown away."""
    url_parts = page.get_url_parts()
    if url_parts is None:
        return  # not routable (no site): nobody can visit it either
    _site_id, root_url, path = url_parts
    root = urlsplit(root_url)
    request = RequestFactory().get(path, HTTP_HOST=root.netloc, secure=root.scheme == "https")
    request.user = AnonymousUser()
    response = page.specific.serve(request)
    if callable(getattr(response, "render", None)):
        response.render()


def make_renditions(page):
    try:
        render_once(page)
    except Exception:
        # The publish has happened; sizes not made now are made on the first view instead.
        logger.exception("Could not make image renditions for page %s after publishing", page.pk)


def make_renditions_after_publish(sender, instance, **kwargs):
    # After the commit: the render reads the published page, and must not hold the write lock meanwhile.
    transaction.on_commit(lambda: make_renditions(instance))


def connect_signals():
    from wagtail.signals import page_published

    page_published.connect(make_renditions_after_publish, dispatch_uid="core.renditions")


# The sizes of templates/people/includes/portrait.html, fetched with a list of people (team index, location
# page) so each portrait costs no query of its own. Keep in step with that template.
PORTRAIT_RENDITIONS = [
    f"{size}|format-{image_format}"
    for size in ("fill-160x160-c100", "fill-320x320-c100", "fill-400x400-c100", "fill-800x800-c100")
    for image_format in ("avif", "webp", "jpeg")
]


def with_portraits(pages, field="portrait"):
    """``pages`` with their ``field`` image and its portrait renditions prefetched (two queries in all)."""
    images = get_image_model().objects.prefetch_renditions(*PORTRAIT_RENDITIONS)
    return pages.prefetch_related(Prefetch(field, queryset=images))
