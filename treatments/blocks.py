"""The sections of a treatment page.

Overview, How it works, Benefits and Safety are the core of every treatment page;
``TreatmentStreamBlock.Meta.block_counts`` keeps them present and unique.
"""

from wagtail import blocks

from core.blocks import (
    RICH_TEXT_FEATURES,
    CallToActionBlock,
    FAQBlock,
    FigureBlock,
    QuoteBlock,
    SectionBlock,
)


class LabelledItemBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=100, help_text="A few words, e.g. “Pain relief”.")
    text = blocks.TextBlock(help_text="One or two plain sentences that explain the label.")

    class Meta:
        icon = "list-ul"
        label = "Item"
        form_classname = "struct-block labelled-item"


class OverviewBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, default="Overview")
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
    heading = blocks.CharBlock(max_length=120, default="How it works")
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


class BenefitsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, default="Benefits")
    intro = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, required=False)
    items = blocks.ListBlock(
        LabelledItemBlock(),
        min_num=1,
        label="Benefits",
        help_text="Each benefit needs a short label and a sentence of explanation.",
    )

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


class SafetyBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, default="Safety and considerations")
    intro = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, required=False)
    items = blocks.ListBlock(
        LabelledItemBlock(),
        min_num=1,
        label="Considerations",
        help_text="Side effects, who should check with a doctor first, and what to tell us.",
    )
    when_to_seek_care = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        required=False,
        label="When to seek care",
        help_text="Optional. Warning signs that need a doctor or 911 rather than an appointment.",
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
            "when_to_seek_care": "<p>Seek urgent care for numbness, weakness or chest pain.</p>",
        }


class ConditionsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, default="Conditions we treat")
    items = blocks.ListBlock(
        blocks.CharBlock(max_length=120, label="Condition"),
        min_num=1,
        label="Conditions",
        help_text="One condition per line, in words patients use, e.g. “Tennis elbow”.",
    )

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

    class Meta:
        block_counts = {
            "overview": {"min_num": 1, "max_num": 1},
            "how_it_works": {"max_num": 1},
            "benefits": {"min_num": 1, "max_num": 1},
            "safety": {"min_num": 1, "max_num": 1},
            "conditions": {"max_num": 1},
        }


def empty_core_sections():
    """The body a new treatment page starts with, so editors fill in rather than assemble."""
    return [
        ("overview", {"heading": "Overview", "text": ""}),
        ("how_it_works", {"heading": "How it works", "text": ""}),
        ("benefits", {"heading": "Benefits", "items": [{"label": "", "text": ""}]}),
        ("safety", {"heading": "Safety and considerations", "items": [{"label": "", "text": ""}]}),
    ]
