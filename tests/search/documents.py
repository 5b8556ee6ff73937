"""Search documents from unsaved pages: the ranking's input without a database."""

from search.documents import build_document


class TextPage:
    """A stand-in page type that contributes ``fields`` to search (ranking field -> text)."""

    def __init__(self, page_id, primary=True, **fields):
        self.pk = page_id
        self.title = fields.get("title", "")
        self.primary_search_result = primary
        self.specific_class = TextPage
        self.fields = fields

    class _meta:  # noqa: N801 - what Django's models call it
        verbose_name = "test page"

    def search_document_fields(self):
        # A list is several pieces (condition names, list items); a string is one.
        return {name: [text] if isinstance(text, str) else list(text) for name, text in self.fields.items()}


def document(page_id=1, primary=True, **fields):
    return build_document(TextPage(page_id, primary, **fields))
