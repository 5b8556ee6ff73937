"""Changes to shared objects that alter reviewed treatment pages without a review.

A treatment's hero and body images, linked documents, conditions and body areas are shared objects:
replacing an image's file or renaming a condition changes every live treatment that uses it, though no
clinician saw the change. Rather than send every such edit through review (they are made in Images,
Documents and Snippets, outside the page workflow), each one marks the live treatments it reaches
*Changed since review*; they head the "Treatment reviews due" report and dashboard panel until the
Clinical review workflow approves them again (treatments/review.py clears the mark).

Pages are found through Wagtail's ReferenceIndex (foreign keys and StreamField blocks) and, because
the index does not follow many-to-many fields, through the conditions' and body areas' own relation.
This module is imported from TreatmentsConfig.ready, once the models are loaded.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_save, pre_save

from .changes_since_review import ChangeSinceReview
from .models import TreatmentPage

# The fields whose change alters what a page shows, per kind of shared object.
IMAGE_FIELDS = ("file", "focal_point_x", "focal_point_y", "focal_point_width", "focal_point_height")
DOCUMENT_FIELDS = ("file",)
LABEL_FIELDS = ("name",)
WATCHED = {}  # model → the fields above; filled by connect_signals()


def live_treatments_using(obj):
    """The live treatment pages that show ``obj``."""
    from wagtail.models import Page, ReferenceIndex

    page_type = ContentType.objects.get_for_model(Page)
    referring = ReferenceIndex.get_references_to(obj).filter(base_content_type=page_type).values_list("object_id")
    pages = TreatmentPage.objects.live().filter(pk__in=[int(pk) for (pk,) in referring])
    if hasattr(obj, "treatments"):  # conditions and body areas, a many-to-many the index does not follow
        pages = pages | TreatmentPage.objects.live().filter(pk__in=obj.treatments.values("pk"))
    return pages.distinct()


def describe(obj, fields):
    kind = obj._meta.verbose_name
    if fields == ["name"]:
        return f"{kind.capitalize()} renamed to “{obj}”"[:255]
    if "file" in fields:
        return f"{kind.capitalize()} “{obj}”: file replaced"[:255]
    return f"{kind.capitalize()} “{obj}”: {', '.join(f.replace('_', ' ') for f in fields)} changed"[:255]


def note_changed_fields(sender, instance, raw=False, **kwargs):
    """pre_save: which watched fields this save changes (compared with the stored row)."""
    instance._changed_shared_fields = []
    if raw or instance.pk is None:
        return
    watched = WATCHED[sender]
    old = sender.objects.filter(pk=instance.pk).values(*watched).first()
    if old is None:
        return
    now = {name: getattr(instance, name) for name in watched}
    now = {name: getattr(value, "name", value) for name, value in now.items()}  # a file compares by its name
    instance._changed_shared_fields = [name for name in watched if old[name] != now[name]]


def mark_treatments(sender, instance, created=False, raw=False, **kwargs):
    fields = getattr(instance, "_changed_shared_fields", [])
    if created or raw or not fields:
        return
    description = describe(instance, fields)
    ChangeSinceReview.objects.bulk_create(
        [ChangeSinceReview(page=page, description=description) for page in live_treatments_using(instance)]
    )


def connect_signals():
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    from .taxonomy import BodyArea, Condition

    WATCHED.update(
        {
            get_image_model(): IMAGE_FIELDS,
            get_document_model(): DOCUMENT_FIELDS,
            Condition: LABEL_FIELDS,
            BodyArea: LABEL_FIELDS,
        }
    )
    for model in WATCHED:
        pre_save.connect(note_changed_fields, sender=model, dispatch_uid="treatments.shared_changes")
        post_save.connect(mark_treatments, sender=model, dispatch_uid="treatments.shared_changes")
