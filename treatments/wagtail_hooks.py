from django.conf import settings
from django.db.models import OuterRef, Subquery
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import LocaleColumn
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup
from wagtail_localize.models import TranslationSource

from .models import TreatmentIndexPage, TreatmentPage
from .review import DUE_SOON_DAYS, review_status, translations_behind_source, treatments_due_for_review
from .taxonomy import BodyArea, Condition
from .views import REPORT_PERMISSIONS, SOURCE_CHANGED_FILTER, ReviewsDueReport, language_name

DASHBOARD_LIMIT = 10


def can_see_reviews_due(user):
    return policy_registry.get_by_type(Page).user_has_any_permission(user, REPORT_PERMISSIONS)


@hooks.register("register_admin_urls")
def register_reviews_due_report():
    return [
        path("reports/treatment-reviews-due/", ReviewsDueReport.as_view(), name="treatment_reviews_due"),
        path(
            "reports/treatment-reviews-due/results/",
            ReviewsDueReport.as_view(results_only=True),
            name="treatment_reviews_due_results",
        ),
    ]


class ReviewsDueMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_reviews_due(request.user)


@hooks.register("register_reports_menu_item")
def register_reviews_due_menu_item():
    return ReviewsDueMenuItem(
        "Treatment reviews due", reverse("treatment_reviews_due"), name="treatment-reviews-due", icon_name="time"
    )


class ReviewsDuePanel(Component):
    """Dashboard panel: the treatments most in need of a clinician's review."""

    name = "treatment_reviews_due"
    template_name = "treatments/admin/reviews_due_panel.html"
    order = 150  # after Wagtail's own summary, before pages in moderation

    def __init__(self, pages, total):
        self.pages, self.total = pages, total

    def get_context_data(self, parent_context):
        return {
            "rows": [(page, review_status(page)) for page in self.pages],
            "total": self.total,
            "days": DUE_SOON_DAYS,
            "report_url": reverse("treatment_reviews_due"),
        }


@hooks.register("construct_homepage_panels")
def add_reviews_due_panel(request, panels):
    if not can_see_reviews_due(request.user):
        return
    due = treatments_due_for_review()
    total = due.count()
    if total:
        panels.append(ReviewsDuePanel(list(due[:DASHBOARD_LIMIT]), total))


class SourceChangedPanel(Component):
    """Dashboard panel: translations whose English page changed after they were reviewed, each with the way to
    bring it up to date (wagtail-localize's "Sync translated pages" for its English page) and to open it."""

    name = "translations_behind_source"
    template_name = "treatments/admin/source_changed_panel.html"
    order = 160  # just after the reviews due

    def __init__(self, pages, total, can_sync):
        self.pages, self.total, self.can_sync = pages, total, can_sync

    def get_context_data(self, parent_context):
        return {
            "rows": [
                {
                    "page": page,
                    "language": language_name(page),
                    "sync_url": reverse("wagtail_localize:update_translations", args=[page.translation_source_id])
                    if self.can_sync and page.translation_source_id
                    else "",
                }
                for page in self.pages
            ],
            "total": self.total,
            "report_url": f"{reverse('treatment_reviews_due')}?translation={SOURCE_CHANGED_FILTER}",
        }


@hooks.register("construct_homepage_panels")
def add_source_changed_panel(request, panels):
    if not can_see_reviews_due(request.user):
        return
    behind = translations_behind_source().annotate(
        translation_source_id=Subquery(
            TranslationSource.objects.filter(
                object_id=OuterRef("translation_key"), locale__language_code=settings.LANGUAGE_CODE
            ).values("pk")[:1]
        )
    )
    pages = list(behind[:DASHBOARD_LIMIT])
    if pages:
        total = len(pages) if len(pages) < DASHBOARD_LIMIT else behind.count()
        can_sync = request.user.has_perm("wagtail_localize.submit_translation")
        panels.append(SourceChangedPanel(pages, total, can_sync))


class ConditionViewSet(SnippetViewSet):
    model = Condition
    icon = "tag"
    menu_label = "Conditions"
    # Wagtail's own listing shows each row's language; a list_display of our own has to ask for it.
    list_display = ["name", LocaleColumn(), "slug"]
    search_fields = ["name"]


class BodyAreaViewSet(SnippetViewSet):
    model = BodyArea
    icon = "user"
    menu_label = "Body areas"
    list_display = ["name", LocaleColumn(), "keywords"]


class TaxonomyGroup(SnippetViewSetGroup):
    items = (ConditionViewSet, BodyAreaViewSet)
    menu_icon = "tag"
    menu_label = "Conditions & areas"
    menu_name = "taxonomy"


register_snippet(TaxonomyGroup)


class AddTreatmentPanel(Component):
    """Dashboard panel: the most common editing task, one click away with a labelled button."""

    name = "add_treatment"
    template_name = "treatments/admin/add_treatment_panel.html"
    order = 50  # first: above Wagtail's site summary

    def __init__(self, add_url):
        self.add_url = add_url

    def get_context_data(self, parent_context):
        return {"add_url": self.add_url}


@hooks.register("construct_homepage_panels")
def add_treatment_panel(request, panels):
    index = TreatmentIndexPage.objects.first()
    # Shown only to those the add view would let in: page permission there and room under the index.
    if index is None or not TreatmentPage.can_create_at(index):
        return
    if index.permissions_for_user(request.user).can_add_subpage():
        panels.append(
            AddTreatmentPanel(reverse("wagtailadmin_pages:add", args=["treatments", "treatmentpage", index.pk]))
        )
