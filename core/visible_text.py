"""The text a visitor can read in a page's fields, piece by piece (a paragraph, a list item, a heading).

StreamField values are walked through their blocks, never their stored JSON: the JSON also holds block
ids (UUIDs), block type names and choice keys, none of which a visitor sees. A block type added later is
covered because each leaf block answers through Wagtail's own ``get_searchable_content``.
"""

import re
from html import unescape

from django.utils.html import strip_tags
from wagtail import blocks
from wagtail.rich_text import RichText

# Where one paragraph, heading or list item of rich text ends and the next begins.
BLOCK_BOUNDARY = re.compile(r"</(?:p|h\d|li|blockquote|div)\s*>|<br\s*/?>|<hr\s*/?>", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?…:;]['\"”’)]*$")


def rich_text_pieces(html):
    """Each paragraph, heading or list item of rich text as one plain string."""
    source = html.source if isinstance(html, RichText) else str(html or "")
    return [text for chunk in BLOCK_BOUNDARY.split(source) if (text := clean(unescape(strip_tags(chunk))))]


def clean(text):
    return " ".join(str(text).split())


def stream_pieces(stream):
    """(block type name, pieces) for each top-level block of a StreamValue."""
    for child in stream:
        yield child.block_type, block_pieces(child.block, child.value)


def block_pieces(block, value):
    """The visible text of one block value, as a list of pieces."""
    if value is None:
        return []
    if isinstance(block, blocks.StreamBlock):
        return [piece for _, pieces in stream_pieces(value) for piece in pieces]
    if isinstance(block, blocks.ListBlock):
        return list_pieces(block.child_block, value)
    if isinstance(block, blocks.RichTextBlock):
        return rich_text_pieces(value)
    if isinstance(block, (blocks.ChoiceBlock, blocks.MultipleChoiceBlock)):
        return choice_labels(block, value)
    # An ImageBlock is a StructBlock whose value is an image: it knows its own text (the alt text).
    if isinstance(block, blocks.StructBlock) and hasattr(value, "get"):
        return struct_pieces(block, value)
    return [text for text in map(clean, block.get_searchable_content(value)) if text]


def struct_pieces(block, value):
    """A struct's children in order; a short plain label is joined to the plain text after it.

    "Pregnancy" followed by "Tell us if you are pregnant." reads as one thought, so it is quoted as
    "Pregnancy: Tell us if you are pregnant." rather than as two fragments; likewise a heading and the
    one line of names under it. A heading above paragraphs stays a piece of its own.
    """
    pieces, pending_label = [], None
    for name, child in block.child_blocks.items():
        child_pieces = block_pieces(child, value.get(name))
        is_plain = isinstance(child, (blocks.CharBlock, blocks.TextBlock))
        one_line = len(child_pieces) == 1 and not isinstance(child, blocks.RichTextBlock)
        if pending_label and one_line:
            child_pieces[0] = f"{pending_label}: {child_pieces[0]}"
            pieces.pop()
        pending_label = None
        if is_plain and len(child_pieces) == 1 and not SENTENCE_END.search(child_pieces[0]):
            pending_label = child_pieces[0]
        pieces += child_pieces
    return pieces


def list_pieces(child_block, value):
    items = [block_pieces(child_block, item) for item in value]
    # A list of short names ("Neck pain", "Tennis elbow") reads as one line, comma-separated.
    if all(len(item) == 1 and not SENTENCE_END.search(item[0]) for item in items if item):
        names = [item[0] for item in items if item]
        return [", ".join(names)] if names else []
    return [piece for item in items for piece in item]


def choice_labels(block, value):
    """What the visitor sees for a choice: its label, not the stored key."""
    labels = dict(block.field.choices)
    chosen = value if isinstance(value, (list, tuple)) else [value]
    return [clean(labels[key]) for key in chosen if key in labels and not isinstance(labels[key], (list, tuple))]
