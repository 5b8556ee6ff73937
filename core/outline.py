"""Give every headed block in a stream a stable anchor, for the on-page contents list."""

from dataclasses import dataclass

from django.utils.text import slugify

# Core sections keep the same anchor on every page, so links such as
# /treatments/dry-needling/#safety can be shared and relied on.
FIXED_ANCHORS = {
    "overview": "overview",
    "how_it_works": "how-it-works",
    "benefits": "benefits",
    "safety": "safety",
    "conditions": "conditions",
    "faq": "faq",
}

# Boxes that carry a heading but are not sections of the text: they stay out of
# the contents list.
NOT_SECTIONS = {"call_to_action", "callout"}


@dataclass(frozen=True)
class Section:
    block: object
    anchor: str
    heading: str


def outline(stream_value):
    """Return a Section for every block; headed blocks get a unique anchor."""
    used = set()
    sections = []
    for block in stream_value:
        heading = ""
        if hasattr(block.value, "get") and block.block_type not in NOT_SECTIONS:
            heading = (block.value.get("heading") or "").strip()
        anchor = ""
        if heading:
            base = FIXED_ANCHORS.get(block.block_type) or slugify(heading)[:60] or "section"
            anchor, n = base, 2
            while anchor in used:
                anchor, n = f"{base}-{n}", n + 1
            used.add(anchor)
        sections.append(Section(block=block, anchor=anchor, heading=heading))
    return sections
