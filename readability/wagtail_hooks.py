from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import ClaimPhrase, GlossaryTerm
from .views import REPORT_PERMISSIONS, ReadingLevelReport


@hooks.register("register_admin_urls")
def register_reading_level_report():
    return [
        path("reports/reading-level/", ReadingLevelReport.as_view(), name="plain_language_report"),
        path(
            "reports/reading-level/results/",
            ReadingLevelReport.as_view(results_only=True),
            name="plain_language_report_results",
        ),
    ]


class ReadingLevelMenuItem(MenuItem):
    def is_shown(self, request):
        return policy_registry.get_by_type(Page).user_has_any_permission(request.user, REPORT_PERMISSIONS)


@hooks.register("register_reports_menu_item")
def register_reading_level_menu_item():
    return ReadingLevelMenuItem(
        "Reading level", reverse("plain_language_report"), name="reading-level", icon_name="doc-full"
    )


class GlossaryViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "doc-full"
    menu_label = "Glossary"
    list_display = ["term", "note"]
    search_fields = ["term"]


class ClaimsViewSet(SnippetViewSet):
    """Administrators keep this list (no role is given its permissions)."""

    model = ClaimPhrase
    icon = "warning"
    menu_label = "Claims to avoid"
    list_display = ["phrase", "language", "reason"]
    list_filter = ["language"]


class PlainLanguageGroup(SnippetViewSetGroup):
    items = (GlossaryViewSet, ClaimsViewSet)
    menu_icon = "doc-full"
    menu_label = "Plain language"
    menu_name = "plain-language"


register_snippet(PlainLanguageGroup)
