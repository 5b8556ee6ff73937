"""Pages only administrators may take down: delete, unpublish, move, or put behind a view restriction.

Wagtail's page permissions only add up: "publish" on the page tree, which marketing editors need for
content pages, also lets them unpublish, move and password-protect every page under it, and "change"
lets them delete it. Some pages must not go down that way: the appointment page (its requests would go
with it and the form would 404) and reviewed treatments (only administrators or clinical review decide
what patients stop seeing). A page type says so with :class:`TakedownGuardMixin`; the guard covers the
page itself and any page above it, since unpublishing, restricting or deleting a parent takes its
children down too.

Every admin path (page menus, listing buttons, bulk actions, the views behind their URLs, Wagtail's
page actions) asks the page's permission tester, so the buttons are hidden and the URLs refused from
this one place.
"""

from django.apps import apps
from django.db.models import Q
from wagtail.models import PagePermissionTester

ALWAYS = "always"  # the page is guarded whatever its state
WHEN_LIVE = "live"  # guarded while it is live; a draft that never went live may be deleted by its editors


def guarded_types():
    """(always, when_live): the content types of the page types that declare a guard."""
    from django.contrib.contenttypes.models import ContentType

    always, when_live = [], []
    for model in apps.get_models():
        guard = getattr(model, "takedown_guard", None)
        if guard == ALWAYS:
            always.append(model)
        elif guard == WHEN_LIVE:
            when_live.append(model)
    types = ContentType.objects.get_for_models(*always, *when_live)
    return [types[m] for m in always], [types[m] for m in when_live]


def holds_guarded_pages(page):
    """Whether the page, or any page below it, is one only administrators may take down."""
    guard = getattr(page.specific_class, "takedown_guard", None)
    if guard == ALWAYS or (guard == WHEN_LIVE and page.live):
        return True
    if not page.numchild:
        return False
    always, when_live = guarded_types()
    return page.get_descendants().filter(Q(content_type__in=always) | Q(content_type__in=when_live, live=True)).exists()


class TakedownGuardTester(PagePermissionTester):
    """Wagtail's tester, with taking a guarded page (or one above it) down left to administrators."""

    def may_take_down(self):
        if self.user.is_superuser:
            return True
        if not hasattr(self, "_holds_guarded"):
            self._holds_guarded = holds_guarded_pages(self.page)
        return not self._holds_guarded

    def can_delete(self, ignore_bulk=False):
        # Wagtail's can_move() is can_delete(ignore_bulk=True): moving is refused here too.
        return self.may_take_down() and super().can_delete(ignore_bulk=ignore_bulk)

    def can_unpublish(self):
        return self.may_take_down() and super().can_unpublish()

    def can_set_view_restrictions(self):
        return self.may_take_down() and super().can_set_view_restrictions()


class TakedownGuardMixin:
    """For page types that are guarded (``takedown_guard`` = ALWAYS or WHEN_LIVE) or may hold guarded pages."""

    takedown_guard = None
    permission_tester_class = TakedownGuardTester

    def permissions_for_user(self, user):
        return self.permission_tester_class(user, self)


class TakedownGuardFormMixin:
    """For the editor form of a guarded page: an expiry date is a scheduled unpublish, so on a page only
    administrators may take down, only they may set or change one (clearing it is always allowed)."""

    def clean(self):
        cleaned_data = super().clean()
        user = self.for_user
        if (
            cleaned_data.get("expire_at")
            and "expire_at" in self.changed_data
            and not (user and user.is_superuser)
            and holds_guarded_pages(self.instance)
        ):
            self.add_error(
                "expire_at",
                "Only an administrator can set an expiry date on this page: when it expires, the page and "
                "the pages below it go offline.",
            )
        return cleaned_data
