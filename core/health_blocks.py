"""Blocks for health information: care cards ("when to seek care") and the sources behind a page.

Care cards follow the three levels health services use (the NHS.UK care card pattern): what the
patient should do is fixed by the level, so every page words it the same way, and editors write only
the warning signs. Block names are stored in the database, so they are chosen once and never renamed.
"""

import datetime

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .blocks import RICH_TEXT_FEATURES

EMERGENCY_NUMBER = "911"

# level: (what screen readers hear first, what the card tells the patient to do)
CARE_LEVELS = {
    "non_urgent": (_("Non-urgent advice:"), _("Talk to your doctor if you have:")),
    "urgent": (_("Urgent advice:"), _("Call us or an urgent care clinic today if you have:")),
    "emergency": (_("Emergency:"), _("Call 911 now if you have:")),
}
CARE_LEVEL_CHOICES = [
    ("non_urgent", _("Non-urgent: talk to your doctor")),
    ("urgent", _("Urgent: call us or an urgent care clinic today")),
    ("emergency", _("Emergency: call 911")),
]
# Most serious first: the order a patient should read them in.
SEVERITY = ("emergency", "urgent", "non_urgent")


class CareCardValue(blocks.StructValue):
    @cached_property
    def prefix(self):
        return CARE_LEVELS[self.get("level") or "urgent"][0]

    @cached_property
    def action(self):
        return CARE_LEVELS[self.get("level") or "urgent"][1]


class CareCardBlock(blocks.StructBlock):
    level = blocks.ChoiceBlock(
        choices=CARE_LEVEL_CHOICES,
        default="urgent",
        help_text=(
            "How soon the patient needs care. The card says what to do (talk to your doctor, call us or an "
            "urgent care clinic today, call 911), so write only the warning signs below."
        ),
    )
    signs = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        help_text="The warning signs as a short list, in patients' words, e.g. “numbness in your groin”.",
    )

    class Meta:
        icon = "warning"
        label = "Care card"
        template = "blocks/care_card_block.html"
        description = "Warning signs and what to do about them: talk to your doctor, get urgent care, or call 911."
        value_class = CareCardValue
        form_classname = "struct-block care-card-form"
        preview_value = {
            "level": "emergency",
            "signs": "<ul><li>Loss of bladder or bowel control</li><li>Numbness in your groin</li></ul>",
        }


def in_order_of_severity(cards):
    """Emergency cards first, then urgent, then non-urgent; the editor's order within a level.

    Takes a ListBlock's value and returns its bound blocks, ready for ``{% include_block %}``.
    """
    return sorted(cards.bound_blocks, key=lambda card: SEVERITY.index(card.value.get("level") or "urgent"))


class SourceBlock(blocks.StructBlock):
    citation = blocks.CharBlock(
        max_length=300,
        help_text="Author or organisation, title and year, e.g. “MedlinePlus. Back Pain. 2024”.",
    )
    url = blocks.URLBlock(required=False, label="Link", help_text="Optional. The web address of the source.")
    accessed = blocks.DateBlock(
        required=False,
        label="Date accessed",
        help_text="When you last checked the link. Leave empty for printed sources.",
    )

    class Meta:
        icon = "link"
        label = "Source"


class SourcesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=120,
        default="Sources",
        help_text="Usually “Sources”; shown in the page's contents list.",
    )
    items = blocks.ListBlock(
        SourceBlock(),
        min_num=1,
        label="Sources",
        help_text="The guidelines and studies this page relies on, so reviewers and patients can check them.",
    )

    class Meta:
        icon = "doc-full"
        label = "Sources"
        template = "blocks/sources_block.html"
        description = "A short list of the sources behind this page: citation, link and date accessed."
        preview_value = {
            "heading": "Sources",
            "items": [
                {
                    "citation": "MedlinePlus. Back Pain. National Library of Medicine",
                    "url": "https://medlineplus.gov/backpain.html",
                    "accessed": datetime.date(2026, 1, 15),
                }
            ],
        }


def citations(stream):
    """schema.org ``citation`` entries for every source in the stream's Sources blocks."""
    found = []
    for block in stream or []:
        if not isinstance(block.block, SourcesBlock):
            continue
        for source in block.value["items"]:
            work = {"@type": "CreativeWork", "name": source["citation"]}
            if source.get("url"):
                work["url"] = source["url"]
            found.append(work)
    return found
