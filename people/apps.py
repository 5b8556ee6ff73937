from django.apps import AppConfig
from django.db.models.signals import post_save


def set_up_clinical_review(sender, instance, created, raw=False, **kwargs):
    """A new "Our team" index gets the Clinical review workflow, as a treatments index does: clinician
    pages state credentials, so a clinical reviewer approves them before they go live."""
    if not created or raw:
        return
    from core.roles import apply_role_permissions

    from .review import assign_clinical_review

    assign_clinical_review(instance)
    apply_role_permissions()


class PeopleConfig(AppConfig):
    name = "people"

    def ready(self):
        from core.page_cache import invalidate_when_changed

        from .models import Credential, Language, OurTeamPage

        post_save.connect(set_up_clinical_review, sender=OurTeamPage, dispatch_uid="people.clinical_review")
        # Credentials and languages are shown on clinician pages, the team index and treatment pages.
        invalidate_when_changed(Credential, Language)
