"""Plain text copied from a web page: title lines, headings standing alone, "Label: text" paragraphs."""

import re

from .document import Document, MalformedFile, Piece, Section, escape
from .headings import classify

TEXT_BULLET = re.compile(r"^(?:[-*•]|\d+[.)])\s+(.*)$")
TEXT_ITEM = re.compile(r"^(?P<label>[^:.!?]{1,60}?):\s+(?P<text>\S.*)$")
# A page title often carries the clinic's location: "Dry Needling  Westminster, CO", "Cupping | Clinic".
LOCATION_SUFFIX = re.compile(r"\s{2,}.*$|\s+[|–—-]\s+.*$|\s+in\s+[A-Z][\w .]*,\s*[A-Z]{2}$")
# Links and buttons copied along with the page text.
SITE_CHROME = {
    "read more",
    "learn more",
    "request an appointment",
    "book an appointment",
    "make an appointment",
    "schedule an appointment",
    "book now",
    "contact us",
    "call us today",
    "back to top",
    "share",
}


def text_blocks(lines):
    """Runs of non-blank lines as (first line number, [lines])."""
    blocks, current = [], None
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line:
            current = None
        elif current is None:
            current = (number, [line])
            blocks.append(current)
        else:
            current[1].append(line)
    return blocks


def drop_trailing_chrome(blocks):
    while blocks:
        number, lines = blocks[-1]
        while lines and re.sub(r"[^\w ]", "", lines[-1]).strip().lower() in SITE_CHROME:
            lines = lines[:-1]
        if lines:
            return [*blocks[:-1], (number, lines)]
        blocks = blocks[:-1]
    return blocks


def label_item(text):
    """("Pain Relief", "Dry needling can…") for "Pain Relief: Dry needling can…", else None."""
    match = TEXT_ITEM.match(text)
    if match and match["label"][0].isupper() and len(match["label"].split()) <= 6:
        return match["label"].strip(), match["text"]
    return None


def looks_like_heading(lines):
    """A short line standing alone, not a sentence, list item or "Label: text" paragraph."""
    if len(lines) != 1:
        return False
    text = lines[0]
    return (
        len(text) <= 100
        and len(text.split()) <= 12
        and not text.endswith((".", ",", ";", ":", "!"))
        and not TEXT_BULLET.match(text)
        and not label_item(text)
    )


def text_piece(kind, number, text):
    item = label_item(text)
    if not item:
        return Piece(kind, number, escape(text), text)
    label, rest = item
    return Piece(kind, number, escape(text), text, label=label, text=rest, text_html=escape(rest))


def text_pieces(number, lines, section_kind):
    """A block of lines: bullets start new pieces, other lines continue a wrapped paragraph."""
    pieces = []  # [kind, line number, lines]
    for offset, line in enumerate(lines):
        bullet = TEXT_BULLET.match(line)
        if bullet or section_kind == "conditions":  # one condition per line
            pieces.append(["bullet", number + offset, [bullet[1] if bullet else line]])
        elif pieces:
            pieces[-1][2].append(line)
        else:
            pieces.append(["para", number + offset, [line]])
    return [text_piece(kind, start, " ".join(parts)) for kind, start, parts in pieces]


def read_plain_text(lines, name):
    blocks = drop_trailing_chrome(text_blocks(lines))
    if not blocks:
        raise MalformedFile(name, 1, "the file has no text")
    (title_line, title_lines), *blocks = blocks
    if len(title_lines) > 1:
        message = "the first line must be the page title on its own, followed by a blank line"
        raise MalformedFile(name, title_line + 1, message)
    doc = Document("text", title=LOCATION_SUFFIX.sub("", title_lines[0]), title_line=title_line)
    # Copied web pages start with the document title ("Dry Needling  Westminster, CO"),
    # then the page's own heading ("Dry Needling"); prefer the latter.
    if blocks and looks_like_heading(blocks[0][1]) and classify(blocks[0][1][0]) == "section":
        (doc.title_line, (title,)), *blocks = blocks
        doc.title = LOCATION_SUFFIX.sub("", title)
    read_text_sections(doc, blocks, name)
    return doc


def read_text_sections(doc, blocks, name):
    pieces, kind = doc.intro, "overview"
    for index, (number, lines) in enumerate(blocks):
        following = blocks[index + 1][1] if index + 1 < len(blocks) else None
        heading = lines[0]
        # A heading is only a heading when body text follows it; a short last line is just text.
        if not looks_like_heading(lines) or following is None:
            pieces.extend(text_pieces(number, lines, kind))
        elif kind == "faq" and heading.endswith("?"):
            pieces.append(Piece("subheading", number, escape(heading), heading))
        elif kind == "conditions" and classify(heading, doc.title) == "section":
            pieces.extend(text_pieces(number, lines, kind))  # conditions listed one per paragraph
        else:
            new_kind = classify(heading, doc.title)
            if looks_like_heading(following) and new_kind not in ("faq", "conditions"):
                message = (
                    f'the heading "{heading}" has no text under it; add a paragraph after it, '
                    "or end the line with a full stop if it is not a heading"
                )
                raise MalformedFile(name, number, message)
            doc.sections.append(Section(heading, number))
            pieces, kind = doc.sections[-1].pieces, new_kind
