"""*Save draft* clicked while an autosave is creating the page saves to the page the autosave made.

Wagtail 8's create view autosaves in the background: a JSON post of the whole form to the create URL.
The first one that succeeds creates the page, and only when its answer arrives does the browser point
the form at the edit view. A *Save draft* (or *Submit*, *Publish*) click before that posts the form to
the create URL a second time: the slug is now taken, and the editor was told "The page could not be
created due to validation errors" although nothing was wrong and the page existed.

Both posts come from one rendering of the create form, so they carry the same CSRF form value (Django
masks the token afresh for every rendering). Each page created through the create view is recorded
under that value; a later post of the same form is handed to the edit view of that page, as if the
browser had already switched. A post arriving while such a create is still running waits for it.
"""

import hashlib
import time

from django.core.cache import cache
from django.urls import resolve, reverse
from wagtail.models import Page

CREATED_SECONDS = 24 * 60 * 60
# An autosave still creating the page: a post of the same form waits at most this long for it.
PENDING_SECONDS = 10
PENDING = "pending"


def form_key(request):
    """The cache key for this rendering of the create form, or None when there is none to go by."""
    value = request.POST.get("csrfmiddlewaretoken", "")
    if request.method != "POST" or not value or not request.user.is_authenticated:
        return None
    digest = hashlib.sha256(f"{request.user.pk}:{value}".encode()).hexdigest()
    return f"page-created-by-form:{digest}"


def created_page_id(key):
    page_id = cache.get(key)
    deadline = time.monotonic() + PENDING_SECONDS
    while page_id == PENDING and time.monotonic() < deadline:
        time.sleep(0.05)
        page_id = cache.get(key)
    return None if page_id == PENDING else page_id


def before_create_page(request, parent_page, page_class):
    key = form_key(request)
    if key is None:
        return None
    page_id = created_page_id(key)
    if page_id is None:
        # Mark this form as creating a page, so a post of it arriving meanwhile waits (see above).
        cache.add(key, PENDING, PENDING_SECONDS)
        return None
    page = Page.objects.filter(pk=page_id, owner=request.user).first()
    if page is None:  # deleted since: create it again
        cache.delete(key)
        return None
    match = resolve(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    return match.func(request, *match.args, **match.kwargs)


def after_create_page(request, page):
    key = form_key(request)
    if key is not None:
        cache.set(key, page.pk, CREATED_SECONDS)
