from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .taxonomy import BodyArea, Condition


class ConditionViewSet(SnippetViewSet):
    model = Condition
    icon = "tag"
    menu_label = "Conditions"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class BodyAreaViewSet(SnippetViewSet):
    model = BodyArea
    icon = "user"
    menu_label = "Body areas"
    list_display = ["name", "keywords"]


class TaxonomyGroup(SnippetViewSetGroup):
    items = (ConditionViewSet, BodyAreaViewSet)
    menu_icon = "tag"
    menu_label = "Conditions & areas"
    menu_name = "taxonomy"


register_snippet(TaxonomyGroup)
