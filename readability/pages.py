"""``PlainLanguageMixin``: a page type opts into the reading-level and claims checks by adding it.

The editor sees the check in a panel (``panels.PlainLanguagePanel``) and, while writing, in the preview
panel's "Plain language" mode, which Wagtail refreshes from the unsaved form as the editor types. The
reviewer sees it in the Clinical review dialog and the report lists every page over target.
"""

from django.template.response import TemplateResponse

from core.visible_text import stream_pieces

from .checks import check_page

PREVIEW_MODE = "plain-language"


class PlainLanguageMixin:
    plain_language_checked = True
    # True for page types whose titles are names patients need (treatments): exempt on every page.
    plain_language_names_are_terms = False

    def plain_language_pieces(self):
        """The visible text that is measured: every section of the page's stream."""
        return [
            piece
            for _, pieces in stream_pieces(getattr(self, getattr(self, "sections_field", "body")))
            for piece in pieces
        ]

    def plain_language_terms(self):
        """Names this page cannot say more plainly: its own title, by default."""
        return [self.title]

    @property
    def preview_modes(self):
        return [*super().preview_modes, (PREVIEW_MODE, "Plain language")]

    def serve_preview(self, request, mode_name):
        if mode_name != PREVIEW_MODE:
            return super().serve_preview(request, mode_name)
        return TemplateResponse(request, "readability/preview.html", {"page": self, "check": check_page(self)})
