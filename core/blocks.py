"""Generic content blocks shared by every page type.

Treatment-specific sections live in ``treatments/blocks.py``. Block names are
stored in the database, so they are chosen once and never renamed.
"""

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.images.blocks import ImageBlock

# A deliberately small toolbar: headings come from the blocks themselves, so
# editors cannot break the page outline, and there is no raw HTML.
RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class SectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=120,
        help_text="A short, plain heading, e.g. “What to bring to your first visit”.",
    )
    text = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        help_text="Short paragraphs in plain language. Use lists for steps.",
    )

    class Meta:
        icon = "doc-full"
        label = "Text section"
        template = "blocks/section_block.html"
        description = "A headed section of text."
        preview_value = {
            "heading": "What to bring",
            "text": "<p>Wear comfortable clothing and bring a list of your current medications.</p>",
        }


def figure_preview_value():
    """Preview with the newest image in the library, so the picker shows a real photo."""
    from wagtail.images import get_image_model

    image = get_image_model().objects.order_by("-created_at").first()
    return {"image": {"image": image, "decorative": True, "alt_text": ""}, "caption": "Our treatment room"}


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(
        help_text="Describe what the photo shows in the alt text, or mark it decorative.",
    )
    caption = blocks.CharBlock(
        required=False,
        max_length=250,
        help_text="Optional. Shown under the photo, e.g. “Our treatment room in Westminster”.",
    )

    class Meta:
        icon = "image"
        label = "Image"
        template = "blocks/figure_block.html"
        description = "A photo with alt text and an optional caption."
        preview_value = staticmethod(figure_preview_value)


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(
        help_text="The patient's words, with their permission. No medical claims or results promises.",
    )
    attribution = blocks.CharBlock(
        required=False,
        max_length=120,
        help_text="E.g. “Maria, runner from Westminster”. Leave empty to keep it anonymous.",
    )

    class Meta:
        icon = "openquote"
        label = "Quote / testimonial"
        template = "blocks/quote_block.html"
        description = "A short patient testimonial or quotation."
        preview_value = {
            "quote": "I was back on my bike within a month. The team explained every step.",
            "attribution": "Sam, cyclist",
        }


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=200, help_text="Phrase it the way a patient would ask it.")
    answer = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        help_text="A short, plain answer. Link to a page if there is more to say.",
    )

    class Meta:
        icon = "help"
        label = "Question"


class FAQBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=120,
        default="Frequently asked questions",
        help_text="Usually “Frequently asked questions”; shown in the page's contents list.",
    )
    items = blocks.ListBlock(
        FAQItemBlock(),
        min_num=1,
        label="Questions",
        help_text="The questions patients ask most, most common first.",
    )

    class Meta:
        icon = "help"
        label = "FAQ"
        template = "blocks/faq_block.html"
        description = "Questions and answers patients commonly ask."
        preview_value = {
            "heading": "Frequently asked questions",
            "items": [
                {"question": "How long is a session?", "answer": "<p>Most sessions last 30 to 45 minutes.</p>"},
                {"question": "Do I need a referral?", "answer": "<p>Usually not. Call us and we will check.</p>"},
            ],
        }


class LinkStructValue(blocks.StructValue):
    """Lets templates ask a link for its URL without caring whether it is a page or a URL."""

    @cached_property
    def url(self):
        page = self.get("page")
        if page is not None and page.live:
            return page.url
        return self.get("external_url") or ""


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, help_text="E.g. “Ready to feel better?”")
    text = blocks.TextBlock(required=False, help_text="One or two sentences.")
    link_text = blocks.CharBlock(max_length=60, help_text="Say what happens, e.g. “Request an appointment”.")
    page = blocks.PageChooserBlock(required=False, help_text="Link to a page on this site…")
    external_url = blocks.URLBlock(
        required=False,
        label="Or an external URL",
        help_text="…or a full web address, e.g. https://www.example.com/. Fill in one of the two, not both.",
    )

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("external_url")):
            message = "Choose a page on this site or enter an external URL (one, not both)."
            raise StructBlockValidationError(block_errors={"page": ValidationError(message)})
        return value

    class Meta:
        icon = "pick"
        label = "Call to action"
        template = "blocks/call_to_action_block.html"
        description = "A highlighted box with one button, e.g. to request an appointment."
        value_class = LinkStructValue
        preview_value = {
            "heading": "Ready to get started?",
            "text": "Our team will help you choose the right care.",
            "link_text": "Request an appointment",
            "external_url": "https://example.com/",
        }


class CalloutBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=120,
        default="Important",
        help_text="Usually “Important”. Screen readers announce the box as important whatever it says.",
    )
    text = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        help_text="One or two sentences patients must not miss, e.g. when to call 911.",
    )

    class Meta:
        icon = "warning"
        label = "Important callout"
        template = "blocks/callout_block.html"
        description = "A visually distinct note that screen readers announce as important."
        preview_value = {
            "heading": "Important",
            "text": "<p>If you have chest pain or trouble breathing, call 911.</p>",
        }


class ContentStreamBlock(blocks.StreamBlock):
    section = SectionBlock()
    image = FigureBlock()
    quote = QuoteBlock()
    faq = FAQBlock()
    callout = CalloutBlock()
    call_to_action = CallToActionBlock()
