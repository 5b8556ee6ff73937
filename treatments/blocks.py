"""The sections of a treatment page.

Overview, How it works, Benefits and Safety are the core of every treatment page;
``TreatmentStreamBlock.Meta.block_counts`` keeps them present and unique.

Wagtail's own messages ("This field is required.", "The minimum number of items is 1") do not tell an
editor what to write, so the ``clean()`` methods below reword them. Drafts may be incomplete (Wagtail
defers "required" checks until publishing or submitting for review), and the rewording respects that.
"""

from collections import Counter

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from wagtail import blocks
from wagtail.blocks import ListBlockValidationError, StreamBlockValidationError, StructBlockValidationError

from core.blocks import (
    RICH_TEXT_FEATURES,
    CallToActionBlock,
    FAQBlock,
    FigureBlock,
    QuoteBlock,
    SectionBlock,
)
from core.health_blocks import CareCardBlock, SourcesBlock, in_order_of_severity


class LabelledItemBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=100, help_text="A few words, e.g. “Pain relief”.")
    text = blocks.TextBlock(help_text="One or two plain sentences that explain the label.")

    # What to do about an empty child, instead of "This field is required."
    empty_messages = {
        "label": "Give this item a short label, e.g. “Pain relief”.",
        "text": "Add a sentence that explains the label.",
    }

    def clean(self, value):
        try:
            return super().clean(value)
        except StructBlockValidationError as error:
            errors = dict(error.block_errors)
            for name, message in self.empty_messages.items():
                if name in errors and not str(value.get(name) or "").strip():
                    errors[name] = ValidationError(message)
            raise StructBlockValidationError(block_errors=errors) from error

    class Meta:
        icon = "list-ul"
        label = "Item"
        form_classname = "struct-block labelled-item"


class ConsiderationItemBlock(LabelledItemBlock):
    """A Safety item: the same label + sentence, with examples of a precaution rather than a benefit."""

    label = blocks.CharBlock(max_length=100, help_text="A few words, e.g. “Soreness after treatment” or “Pregnancy”.")
    empty_messages = {**LabelledItemBlock.empty_messages, "label": "Give this item a short label, e.g. “Pregnancy”."}


class ListSectionBlock(blocks.StructBlock):
    """A section built around a list that must not be empty; says what to add when it is."""

    empty_list_message = ""

    def clean(self, value):
        errors = {}
        try:
            cleaned = super().clean(value)
        except StructBlockValidationError as error:
            errors = dict(error.block_errors)
        if not self.is_deferred_validation and not value.get("items"):
            message = ValidationError(self.empty_list_message)
            errors["items"] = ListBlockValidationError(non_block_errors=ErrorList([message]))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return cleaned


class OverviewBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=120,
        default="Overview",
        help_text="Usually “Overview”; shown in the page's contents list.",
    )
    text = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        help_text="What the treatment is and who provides it, in two or three short paragraphs.",
    )

    class Meta:
        icon = "doc-full-inverse"
        label = "Overview"
        template = "blocks/overview_block.html"
        description = "What this treatment is, in plain language. Every treatment page has exactly one."
        preview_value = {
            "heading": "Overview",
            "text": "<p>Dry needling uses thin, solid needles to release tight muscle bands.</p>",
        }


class HowItWorksBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=120,
        default="How it works",
        help_text="E.g. “How dry needling works”; shown in the page's contents list.",
    )
    text = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        help_text="What happens during a session, step by step, and how it feels.",
    )

    class Meta:
        icon = "cogs"
        label = "How it works"
        template = "blocks/how_it_works_block.html"
        description = "What happens during a session and why it helps."
        preview_value = {
            "heading": "How it works",
            "text": "<p>Your clinician finds the tight spot and inserts a fine needle for a few seconds.</p>",
        }


class BenefitsBlock(ListSectionBlock):
    heading = blocks.CharBlock(
        max_length=120,
        default="Benefits",
        help_text="E.g. “Benefits of dry needling”; shown in the page's contents list.",
    )
    intro = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        required=False,
        help_text="Optional. One sentence before the list, e.g. who benefits most.",
    )
    items = blocks.ListBlock(
        LabelledItemBlock(),
        min_num=1,
        label="Benefits",
        help_text="Each benefit needs a short label and a sentence of explanation.",
    )

    empty_list_message = "Add at least one benefit: each needs a short label and a sentence."

    class Meta:
        icon = "tick-inverse"
        label = "Benefits"
        template = "blocks/benefits_block.html"
        description = "What patients can expect to gain, as a list of label + explanation."
        preview_value = {
            "heading": "Benefits",
            "items": [
                {"label": "Pain relief", "text": "Releasing trigger points can reduce muscle pain."},
                {"label": "Better movement", "text": "Looser muscles often mean a wider range of motion."},
            ],
        }


class SafetyBlock(ListSectionBlock):
    heading = blocks.CharBlock(
        max_length=120,
        default="Safety and considerations",
        help_text="E.g. “Is dry needling safe?”; shown in the page's contents list.",
    )
    intro = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        required=False,
        help_text="Optional. One sentence before the list, e.g. who provides the treatment and their training.",
    )
    items = blocks.ListBlock(
        ConsiderationItemBlock(),
        min_num=1,
        label="Considerations",
        help_text="Side effects, who should check with a doctor first, and what to tell us.",
    )
    care_cards = blocks.ListBlock(
        CareCardBlock(),
        default=[],
        label="When to seek care",
        help_text=(
            "Optional. Warning signs that need a doctor, urgent care or 911 rather than an appointment, "
            "one card per level of urgency. Shown most urgent first."
        ),
    )

    empty_list_message = (
        "Add at least one consideration, such as common side effects or who should check with a doctor "
        "first: each needs a short label and a sentence."
    )

    class Meta:
        icon = "warning"
        label = "Safety and considerations"
        template = "blocks/safety_block.html"
        description = "Side effects, precautions and when to seek medical care."
        preview_value = {
            "heading": "Safety and considerations",
            "items": [
                {"label": "Soreness", "text": "Mild soreness for a day or two is common."},
                {"label": "Pregnancy", "text": "Tell us if you are pregnant before your session."},
            ],
            "care_cards": [
                {"level": "emergency", "signs": "<ul><li>Chest pain that spreads to your arm or jaw</li></ul>"},
                {"level": "urgent", "signs": "<ul><li>Pain that keeps getting worse after treatment</li></ul>"},
            ],
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["care_cards"] = in_order_of_severity(value["care_cards"])
        return context


class ConditionsBlock(ListSectionBlock):
    heading = blocks.CharBlock(
        max_length=120,
        default="Conditions we treat",
        help_text="Usually “Conditions we treat”; shown in the page's contents list.",
    )
    items = blocks.ListBlock(
        blocks.CharBlock(max_length=120, label="Condition"),
        min_num=1,
        label="Conditions",
        help_text="One condition per line, in words patients use, e.g. “Tennis elbow”.",
    )

    empty_list_message = "Add at least one condition, in the words patients use, e.g. “Neck pain”."

    class Meta:
        icon = "list-ul"
        label = "Conditions treated"
        template = "blocks/conditions_block.html"
        description = "A list of the conditions this treatment helps with."
        preview_value = {
            "heading": "Conditions we treat",
            "items": ["Neck pain", "Low back pain", "Tennis elbow"],
        }


class TreatmentStreamBlock(blocks.StreamBlock):
    overview = OverviewBlock()
    how_it_works = HowItWorksBlock()
    benefits = BenefitsBlock()
    safety = SafetyBlock()
    conditions = ConditionsBlock()
    faq = FAQBlock()
    section = SectionBlock()
    image = FigureBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    sources = SourcesBlock()

    # Why each core section matters, for the message when it is missing.
    missing_messages = {
        "overview": "Add the Overview section: say what the treatment is and who it helps, in plain language.",
        "benefits": (
            "Add the Benefits section: a treatment cannot be published without it. "
            "List at least one benefit, each with a short label and a sentence."
        ),
        "safety": (
            "Add the Safety and considerations section: a treatment cannot be published without it. "
            "Patients need to know side effects and precautions before they book."
        ),
    }

    def clean(self, value):
        try:
            return super().clean(value)
        except StreamBlockValidationError as error:
            raise StreamBlockValidationError(
                block_errors=error.block_errors,
                non_block_errors=self.section_count_errors(value) or error.non_block_errors,
            ) from error

    def section_count_errors(self, value):
        counts = Counter(child.block_type for child in value)
        errors = ErrorList()
        for name, limits in self.meta.block_counts.items():
            label = self.child_blocks[name].label
            if not self.is_deferred_validation and counts[name] < limits.get("min_num", 0):
                errors.append(ValidationError(self.missing_messages.get(name) or f"Add the {label} section."))
            if counts[name] > limits.get("max_num", counts[name]):
                errors.append(
                    ValidationError(f"A treatment page has only one {label} section: merge the extra one into it.")
                )
        return errors

    class Meta:
        block_counts = {
            "overview": {"min_num": 1, "max_num": 1},
            "how_it_works": {"max_num": 1},
            "benefits": {"min_num": 1, "max_num": 1},
            "safety": {"min_num": 1, "max_num": 1},
            "conditions": {"max_num": 1},
            "sources": {"max_num": 1},
        }


def empty_core_sections():
    """The body a new treatment page starts with, so editors fill in rather than assemble.

    In the stored JSON form, so Wagtail fills each field left out with its block's default; tuples of plain
    dicts skip that, and a missing rich text field breaks its editor widget before anyone has typed.
    """
    empty_item = {"label": "", "text": ""}
    return [
        {"type": "overview", "value": {}},
        {"type": "how_it_works", "value": {}},
        {"type": "benefits", "value": {"items": [empty_item]}},
        {"type": "safety", "value": {"items": [empty_item]}},
    ]
