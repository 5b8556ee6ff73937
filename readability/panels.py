"""The "Plain language" panel in the page editor: the saved draft's reading grade and claims."""

from wagtail.admin.panels import Panel

from .checks import check_page


class PlainLanguagePanel(Panel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", "Plain language")
        kwargs.setdefault(
            "help_text",
            "Figures for the last saved version. For figures as you type, open Preview and choose “Plain language”.",
        )
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "readability/plain_language_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["check"] = check_page(self.instance)
            return context
