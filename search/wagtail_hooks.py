from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from .emergency import EmergencySign
from .insights import SearchInsightsView, can_view
from .models import SearchTerm, Synonym


class SynonymCreateView(CreateView):
    def get_initial(self):
        # "Add synonym" in Search insights passes the visitor's words as ?term=.
        return {**super().get_initial(), "term": self.request.GET.get("term", "")[:100]}


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    add_view_class = SynonymCreateView
    icon = "link"
    menu_label = "Search synonyms"
    menu_order = 900
    add_to_admin_menu = True
    list_display = ["term", "equivalents", "updated_at"]
    search_fields = ["term", "equivalents"]


register_snippet(SynonymViewSet)


class EmergencySignViewSet(SnippetViewSet):
    """The warning signs that put the number to call above search results (search/emergency.py)."""

    model = EmergencySign
    icon = "warning"
    menu_label = "Emergency signs"
    menu_order = 901
    add_to_admin_menu = True
    list_display = ["name", "number", "language", "message", "updated_at"]
    list_filter = ["language", "number"]
    search_fields = ["name", "phrases"]


register_snippet(EmergencySignViewSet)


class SearchTermViewSet(SnippetViewSet):
    model = SearchTerm
    icon = "openquote"
    menu_label = "Search terms"
    menu_order = 902
    add_to_admin_menu = True
    list_display = ["words", "means", "kind", "language", "body_area"]
    list_filter = ["language", "kind", "body_area"]
    search_fields = ["words", "means"]


register_snippet(SearchTermViewSet)


@hooks.register("register_admin_urls")
def register_insights_url():
    return [path("reports/search-insights/", SearchInsightsView.as_view(), name="search_insights")]


class InsightsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view(request.user)


@hooks.register("register_reports_menu_item")
def register_insights_menu_item():
    return InsightsMenuItem("Search insights", reverse("search_insights"), icon_name="search", order=50)
