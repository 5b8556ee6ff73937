"""Markdown shaped like our treatment pages: "# Title", overview paragraphs, "## " sections."""

import re

from .document import Document, MalformedFile, Piece, Section, escape, inline_html, inline_plain

MD_HEADING = re.compile(r"^(#{1,6})(\s.*|)$")
MD_RULE = re.compile(r"^([-*_])(\s*\1){2,}$")
MD_BULLET = re.compile(r"^[-*+]\s+(.*)$")
MD_NUMBER = re.compile(r"^\d+[.)]\s+(.*)$")
MD_ITEM = re.compile(r"^(\*\*|__)(?P<label>[^*_]+?)\s*(:\s*\1|\1\s*:)\s*(?P<text>.*)$")


class MarkdownReader:
    """Reads lines into a Document; consecutive lines of a paragraph or list item are joined."""

    def __init__(self, name):
        self.name = name
        self.doc = Document("markdown")
        self.pieces = self.doc.intro
        self.pending = None  # [kind, first line number, lines] of the piece being read

    def read(self, lines):
        for number, raw in enumerate(lines, 1):
            self.read_line(number, raw.strip())
        self.flush()
        if not self.doc.title:
            raise MalformedFile(self.name, 1, 'there is no title; start the file with a "# Treatment name" line')
        return self.doc

    def read_line(self, number, line):
        heading = MD_HEADING.match(line)
        if not line or MD_RULE.match(line):
            self.flush()
        elif heading:
            self.flush()
            self.add_heading(number, len(heading[1]), heading[2].strip().rstrip("#").strip())
        elif not self.doc.title:
            raise MalformedFile(self.name, number, 'the file must start with the title as a "# Treatment name" line')
        elif match := MD_BULLET.match(line) or MD_NUMBER.match(line):
            self.flush()
            self.pending = ["bullet" if MD_BULLET.match(line) else "number", number, [match[1]]]
        elif self.pending:
            self.pending[2].append(line)
        else:
            self.pending = ["para", number, [line]]

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

    def flush(self):
        if self.pending:
            kind, number, lines = self.pending
            self.pieces.append(self.markdown_piece(kind, number, " ".join(lines)))
            self.pending = None

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


def read_markdown(lines, name):
    return MarkdownReader(name).read(lines)
