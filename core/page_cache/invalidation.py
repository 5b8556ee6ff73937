"""Emptying the page cache: a new generation on every change a visitor could see.

Core connects the changes it knows (pages, sites, view restrictions, images, documents, clinic
details); every other app registers its own models with :func:`invalidate_when_changed` in its
``AppConfig.ready`` (treatments: conditions and body areas), so core imports no app above it.
"""

import logging
import uuid

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from .keys import GENERATION_KEY, forget

logger = logging.getLogger(__name__)

UID = "core.page_cache.invalidate"


def _new_generation():
    # A random value, not a counter: if Redis evicts the key, a fresh one can never bring back the
    # entries of an earlier generation.
    try:
        cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
    except Exception:
        logger.exception("Could not empty the page cache")


def invalidate(**kwargs):
    """Forget every cached page: now, and again once the change is committed.

    The second time matters: a visitor's request that read the old rows while the editor's
    transaction was still open may have stored the old page under the first new generation.
    """
    _new_generation()
    transaction.on_commit(_new_generation)


# Wagtail fills these in lazily on an image or document while a page renders; they change nothing shown.
BOOKKEEPING_FIELDS = {"file_size", "file_hash"}


def invalidate_if_changed(instance=None, created=False, update_fields=None, **kwargs):
    if created and not is_translation(instance):
        return
    if update_fields and set(update_fields) <= BOOKKEEPING_FIELDS:
        return
    invalidate()


def is_translation(instance):
    """Whether ``instance`` is another language's version of a row that exists (Wagtail's i18n)."""
    key = getattr(instance, "translation_key", None)
    if key is None:
        return False
    return type(instance)._default_manager.filter(translation_key=key).exclude(pk=instance.pk).exists()


def invalidate_when_changed(*models):
    """Empty the page cache when one of ``models`` is changed or deleted (call from ``AppConfig.ready``).

    A new one is on no page until a page using it is published, so creating one empties nothing; but a new
    translation renames what the pages in its language already show (a condition, what a credential means).
    """
    for model in models:
        post_save.connect(invalidate_if_changed, sender=model, dispatch_uid=UID)
        post_delete.connect(invalidate, sender=model, dispatch_uid=UID)


def connect_signals():
    """Empty the page cache on every change to what core knows a visitor could see (CoreConfig.ready)."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Locale, Page, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from core.models import ClinicSettings

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(invalidate, dispatch_uid=UID)
    # Deleting any page also deletes its row in Page, so sender=Page sees every page type.
    post_delete.connect(invalidate, sender=Page, dispatch_uid=UID)
    for model in (Site, PageViewRestriction):
        post_save.connect(invalidate, sender=model, dispatch_uid=UID)
        post_delete.connect(invalidate, sender=model, dispatch_uid=UID)
    # Clinic details are created with their defaults on the first page view, so (like the models apps
    # register) only a change or a deletion empties the cache.
    invalidate_when_changed(ClinicSettings, get_image_model(), get_document_model())
    # Kept across publishes (keys.until_saved): forgotten when they change.
    for signal in (post_save, post_delete):
        signal.connect(forget_clinic_settings, sender=ClinicSettings, dispatch_uid=KEPT_UID)
        signal.connect(forget_locales, sender=Locale, dispatch_uid=KEPT_UID)


KEPT_UID = "core.page_cache.forget"


def forget_clinic_settings(instance, **kwargs):
    forget(f"clinic-settings:{instance.site_id}")


def forget_locales(**kwargs):
    forget("locale-ids")
