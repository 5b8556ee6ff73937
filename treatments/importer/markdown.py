"""Markdown shaped like our treatment pages: "# Title", overview paragraphs, "## " sections.

The block structure (headings, paragraphs, lists, quotes, nesting) comes from markdown-it-py, a
maintained CommonMark parser whose tokens carry the source lines (``token.map``) that our
``path:line`` messages need. Some CommonMark rules are off because they do not fit text pasted
from clinic pages, and the editor has no code style: indented lines and ``` fences are ordinary
text, not code; a "---" under a paragraph is a rule, not a setext heading; raw HTML is text
(escaped later); a "[name]: url" line stays visible instead of vanishing into a link
definition that the inline helpers below would not resolve.

Inline text (bold, italic, links) still goes through ``inline_html``/``inline_plain`` in
``document.py`` on each block's source text: the "**Label:** text" split works on that source
text, and the output (``<b>``/``<i>``, links with safe schemes only, everything else escaped)
stays exactly what editors already get; markdown-it's inline renderer would need rewriting
to give Wagtail's rich text tags and our URL rules.
"""

import re

from markdown_it import MarkdownIt

from .document import Document, MalformedFile, Piece, Section, escape, inline_html, inline_plain

PARSER = MarkdownIt("commonmark", {"html": False}).disable(["code", "fence", "lheading", "reference"])
MD_ITEM = re.compile(r"^(\*\*|__)(?P<label>[^*_]+?)\s*(:\s*\1|\1\s*:)\s*(?P<text>.*)$")
LIST_KINDS = {"bullet_list_open": "bullet", "ordered_list_open": "number"}


class MarkdownReader:
    """Reads markdown-it's block tokens into a Document, keeping each piece's first source line."""

    def __init__(self, name):
        self.name = name
        self.doc = Document("markdown")
        self.pieces = self.doc.intro

    def read(self, text):
        tokens = PARSER.parse(text)
        lists, item = [], None  # open list kinds; (kind, line) of the list item whose first paragraph is next
        for index, token in enumerate(tokens):
            if token.type in LIST_KINDS:
                lists.append(LIST_KINDS[token.type])
            elif token.type in ("bullet_list_close", "ordered_list_close"):
                lists.pop()
            elif token.type == "list_item_open":
                item = (lists[-1], line_of(token))
            elif token.type == "list_item_close":
                item = None  # an empty item ("-" alone) gives its kind to nothing after it
            elif token.type == "heading_open":
                item = None
                self.add_heading(line_of(token), int(token.tag[1]), tokens[index + 1].content.strip())
            elif token.type == "paragraph_open":
                kind, number = item or ("para", line_of(token))
                item = None
                lines = tokens[index + 1].content.split("\n")
                self.add_text(kind, number, " ".join(line.strip() for line in lines))
        if not self.doc.title:
            raise MalformedFile(self.name, 1, 'there is no title; start the file with a "# Treatment name" line')
        return self.doc

    def add_heading(self, number, level, words):
        if not words:
            raise MalformedFile(self.name, number, "this heading is empty; write the heading text after the #")
        if level == 1 and self.doc.title:
            message = f'only the page title may start with "# "; use "## {words}" for a section heading'
            raise MalformedFile(self.name, number, message)
        if level == 1:
            self.doc.title, self.doc.title_line = inline_plain(words), number
        elif not self.doc.title:
            raise MalformedFile(self.name, number, 'the file must start with the title as a "# Treatment name" line')
        elif level == 2:
            self.doc.sections.append(Section(inline_plain(words), number))
            self.pieces = self.doc.sections[-1].pieces
        else:
            self.pieces.append(Piece("subheading", number, inline_html(words), inline_plain(words)))

    def add_text(self, kind, number, text):
        if not self.doc.title:
            raise MalformedFile(self.name, number, 'the file must start with the title as a "# Treatment name" line')
        self.pieces.append(self.markdown_piece(kind, number, text))

    def markdown_piece(self, kind, number, text):
        item = MD_ITEM.match(text)
        if not item:
            return Piece(kind, number, inline_html(text), inline_plain(text))
        label, rest = inline_plain(item["label"]), item["text"].strip()
        if not rest and kind == "para":
            return Piece(kind, number, inline_html(text), inline_plain(text))  # a bold lead-in line
        if not rest:
            message = f'"{label}" has no text after it; write it as "- **{label}:** explanation"'
            raise MalformedFile(self.name, number, message)
        text_html, text_plain = inline_html(rest), inline_plain(rest)
        return Piece(
            kind,
            number,
            html=f"<b>{escape(label)}:</b> {text_html}",
            plain=f"{label}: {text_plain}",
            label=label,
            text=text_plain,
            text_html=text_html,
        )


def line_of(token):
    return token.map[0] + 1  # markdown-it counts lines from 0


def read_markdown(lines, name):
    return MarkdownReader(name).read("\n".join(lines))
