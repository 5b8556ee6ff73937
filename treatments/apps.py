from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


def set_up_clinical_review(sender, instance, created, raw=False, **kwargs):
    """A new treatments index gets the Clinical review workflow and its reviewers' edit permission.

    The data migration does this for an index that exists when it runs; pages created later (by
    load_demo_content, in the admin or in tests) come through here, so no creation path can forget it.
    """
    if not created or raw:  # raw: loaded from a fixture, which brings its own workflow rows
        return
    from core.roles import apply_role_permissions

    from .review import install_clinical_review

    install_clinical_review()
    apply_role_permissions()


class TreatmentsConfig(AppConfig):
    name = "treatments"

    def ready(self):
        from core.page_cache import invalidate_when_changed

        from .models import TreatmentIndexPage
        from .taxonomy import BodyArea, Condition, reindex_pages_naming

        post_save.connect(set_up_clinical_review, sender=TreatmentIndexPage, dispatch_uid="treatments.clinical_review")
        # Conditions and body areas are shown on treatment pages and the index.
        invalidate_when_changed(BodyArea, Condition)
        for label in (BodyArea, Condition):
            post_save.connect(reindex_pages_naming, sender=label, dispatch_uid="treatments.label_names")
            post_delete.connect(reindex_pages_naming, sender=label, dispatch_uid="treatments.label_names")

        from . import shared_changes

        shared_changes.connect_signals()
