"""Treatment pages go live only through clinical review.

Wagtail's page permissions only add up: "publish" on the page tree (which Marketing editors need for
content pages) would include the treatments section, and a user who may publish a page can publish it
directly, cancelling any workflow in progress (Wagtail 8 has no setting that requires approval). So the
treatments section narrows what "publish" means there: only administrators publish directly; everyone
else submits to the Clinical review workflow, whose approval publishes (treatments/review.py).

Every publish path in the admin (edit and create views, bulk actions, copy, scheduling, revisions,
the admin API) asks the page's permission tester, so this one place covers them all. Taking a treatment
down (unpublish, delete, move, restrict) is for administrators too: core/takedown.py.
"""

from wagtail_localize.fields import TranslatableField, get_translatable_fields

from core.takedown import WHEN_LIVE, TakedownGuardMixin, TakedownGuardTester

from . import language_review


class ClinicalReviewPermissionTester(TakedownGuardTester):
    def can_publish(self):
        return self.user.is_superuser and super().can_publish()

    def can_publish_subpage(self):
        # Asked of the treatments index when a new treatment page is created: no "Publish" button there.
        return self.user.is_superuser and super().can_publish_subpage()


class ClinicalReviewMixin(TakedownGuardMixin):
    """For the page types of the treatments section: reviewed content, so only administrators take it down."""

    takedown_guard = WHEN_LIVE
    permission_tester_class = ClinicalReviewPermissionTester

    def publish(self, revision, user=None, *args, **kwargs):
        # The last gate for translations, whatever path publishes them (treatments/language_review.py).
        if not language_review.may_publish(self, revision, user):
            language_review.refuse(self, user)
            return None
        with language_review.publishing():
            return super().publish(revision, user, *args, **kwargs)

    def save(self, *args, **kwargs):
        # A draft sync of a live translation must not change what visitors see (treatments/language_review.py).
        if language_review.keeps_live_content(self, kwargs.get("update_fields")):
            content = {f.field_name for f in get_translatable_fields(type(self)) if isinstance(f, TranslatableField)}
            kwargs["update_fields"] = [
                field.name
                for field in self._meta.concrete_fields
                if not field.primary_key and field.name not in content
            ]
        return super().save(*args, **kwargs)
