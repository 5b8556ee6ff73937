"""What the format readers produce and the builder consumes, plus the helpers both share."""

import html
import re
from dataclasses import dataclass, field


class MalformedFile(Exception):
    """A file that cannot be imported, with the line an editor should look at."""

    def __init__(self, path, line, message):
        self.path, self.line, self.message = str(path), line, message
        super().__init__(f"{self.path}:{line}: {message}")


@dataclass
class ParsedTreatment:
    title: str
    slug: str
    summary: str
    body: list  # (block_type, value) tuples, as assigned to TreatmentPage.body
    also_known_as: str = ""
    path: str = ""
    assumptions: list = field(default_factory=list)  # "path:line: what was assumed" for the editor


@dataclass
class Piece:
    """One paragraph, bullet or subheading of the source, already converted to inline HTML."""

    kind: str  # "para", "bullet", "number" or "subheading"
    line: int
    html: str
    plain: str
    label: str = ""  # set for "Label: text" pieces, which become list items
    text: str = ""  # the plain text after the label
    text_html: str = ""  # the same as HTML


@dataclass
class Section:
    heading: str
    line: int
    pieces: list = field(default_factory=list)


@dataclass
class Document:
    fmt: str
    title: str = ""
    title_line: int = 1
    intro: list = field(default_factory=list)  # pieces before the first heading
    sections: list = field(default_factory=list)


# -- Inline text --------------------------------------------------------------------------------

INLINE_MARKUP = re.compile(
    r"\[(?P<link>[^\]]+)\]\((?P<url>[^)\s]+)\)"
    r"|\*\*(?P<bold>.+?)\*\*|__(?P<bold_>.+?)__"
    r"|(?<![\w*])\*(?P<italic>[^*\s](?:[^*]*[^*\s])?)\*(?![\w*])"
    r"|(?<!\w)_(?P<italic_>[^_\s](?:[^_]*[^_\s])?)_(?!\w)"
    r"|`(?P<code>[^`]+)`"
)
# Anything else (javascript:, data:) keeps its words but loses the link.
SAFE_URL = re.compile(r"^(https?:|mailto:|tel:|/|#)", re.IGNORECASE)


def escape(text):
    return html.escape(text, quote=False)


def inline_html(text):
    """Markdown bold, italic and links as rich text HTML; everything else, raw HTML included, is escaped."""
    parts, position = [], 0
    for match in INLINE_MARKUP.finditer(text):
        parts.append(escape(text[position : match.start()]))
        parts.append(markup_html(match))
        position = match.end()
    parts.append(escape(text[position:]))
    return "".join(parts)


def markup_html(match):
    if match["link"]:
        words = inline_html(match["link"])
        if SAFE_URL.match(match["url"]):
            return f'<a href="{html.escape(match["url"])}">{words}</a>'
        return words
    if match["bold"] or match["bold_"]:
        return f"<b>{inline_html(match['bold'] or match['bold_'])}</b>"
    if match["italic"] or match["italic_"]:
        return f"<i>{inline_html(match['italic'] or match['italic_'])}</i>"
    return escape(match["code"])  # the editor has no code style; keep the words


def inline_plain(text):
    """The text with Markdown markup removed, for plain fields (titles, item labels and text)."""

    def words(match):
        if match["code"]:
            return match["code"]
        return inline_plain(next(group for group in match.groups() if group))

    return INLINE_MARKUP.sub(words, text).strip()
