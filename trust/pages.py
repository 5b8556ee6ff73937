"""The pages a new patient reads before trusting a clinic: first visit, insurance and the legal notices.

Each has the fields its subject needs (so editors cannot leave out what to bring or which insurers are
accepted) and a free ``body`` stream for anything else. There is one of each, directly under the home page,
and the footer links to them (navigation).
"""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import InlinePanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES, ContentStreamBlock
from core.pages import BasePage, SectionsMixin
from core.search_weights import WEIGHTS
from core.visible_text import rich_text_pieces, stream_pieces


def rich_text(help_text, blank=False):
    return RichTextField(features=RICH_TEXT_FEATURES, blank=blank, help_text=help_text)


class TrustPage(SectionsMixin, BasePage):
    """What the trust pages share: a summary, a body stream, one page of each type under the home page."""

    summary = models.TextField(
        max_length=300,
        help_text="One or two sentences for the top of the page, search results and search engines.",
    )
    body = StreamField(
        ContentStreamBlock(),
        blank=True,
        help_text="Optional further sections, questions and answers or callouts, shown after the fields above.",
    )

    # Rich text fields shown above the body, in order; they are searched and read as the body.
    text_fields = ()

    summary_fields = ("summary", "search_description")
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        abstract = True

    @classmethod
    def trust_search_fields(cls, *names):
        return Page.search_fields + [
            index.SearchField("summary", boost=WEIGHTS["summary"]),
            index.AutocompleteField("summary"),
            *[index.SearchField(name, boost=WEIGHTS["body"]) for name in names],
            index.SearchField("body", boost=WEIGHTS["body"]),
        ]

    def extra_body_pieces(self):
        return []

    def search_document_fields(self):
        """What a trust page says to site search, by ranking field (search/ranking.py)."""
        body = [piece for name in self.text_fields for piece in rich_text_pieces(getattr(self, name))]
        body += self.extra_body_pieces()
        body += [piece for _block_type, pieces in stream_pieces(self.body) for piece in pieces]
        return {"title": [self.title], "summary": [self.search_summary], "body": body}


class FirstVisitPage(TrustPage):
    what_to_bring = rich_text("A short list: photo ID, insurance card, referral or prescription, medication list.")
    how_long = rich_text("How long the first visit takes and what happens in it, e.g. “About an hour: we talk…”.")
    what_to_wear = rich_text("What lets the clinician see and move the area, e.g. shorts for a knee.")

    text_fields = ("what_to_bring", "how_long", "what_to_wear")
    content_panels = Page.content_panels + ["summary", *text_fields, "body"]
    search_fields = TrustPage.trust_search_fields(*text_fields)

    class Meta:
        verbose_name = _("your first visit page")


class InsurancePage(TrustPage):
    coverage = rich_text("How to check cover: what to ask the insurer, whether a referral is needed, copays.")
    self_pay = rich_text("Prices or packages for patients paying themselves, and the payment methods accepted.")

    text_fields = ("coverage", "self_pay")
    content_panels = Page.content_panels + [
        "summary",
        InlinePanel(
            "insurers",
            label=_("Accepted insurers"),
            min_num=1,
            help_text="Every plan the clinic is in network with, as patients know it, e.g. “Aetna”.",
        ),
        *text_fields,
        "body",
    ]
    search_fields = TrustPage.trust_search_fields(*text_fields) + [
        index.RelatedFields("insurers", [index.SearchField("name", boost=WEIGHTS["body"])]),
    ]
    search_document_prefetch = ("insurers",)

    class Meta:
        verbose_name = _("insurance and payment page")

    def extra_body_pieces(self):
        return [insurer.name for insurer in self.insurers.all()]


class Insurer(Orderable):
    page = ParentalKey(InsurancePage, on_delete=models.CASCADE, related_name="insurers")
    name = models.CharField(max_length=120, help_text="E.g. “Blue Cross Blue Shield of Colorado”.")
    note = models.CharField(max_length=160, blank=True, help_text="Optional, e.g. “PPO plans only”.")

    panels = ["name", "note"]

    def __str__(self):
        return self.name


class PrivacyNoticePage(TrustPage):
    effective_date = models.DateField(help_text="The date this version of the notice took effect.")

    content_panels = Page.content_panels + ["summary", "effective_date", "body"]
    search_fields = TrustPage.trust_search_fields()

    class Meta:
        verbose_name = _("notice of privacy practices")


class AccessibilityStatementPage(TrustPage):
    standard = models.CharField(
        max_length=120,
        default="WCAG 2.2 level AA",
        help_text="The standard the site aims to meet, e.g. “WCAG 2.2 level AA”.",
    )
    how_tested = rich_text("How the site is checked: automated tests, keyboard and screen-reader checks, how often.")
    known_issues = rich_text("Optional. Parts that do not meet the standard yet, and what to use instead.", blank=True)
    report_barrier = rich_text("How to report a barrier and how soon you reply. The phone and email are added.")
    statement_date = models.DateField(help_text="When this statement was last reviewed.")

    text_fields = ("how_tested", "known_issues", "report_barrier")
    content_panels = Page.content_panels + ["summary", "standard", *text_fields, "statement_date", "body"]
    search_fields = TrustPage.trust_search_fields(*text_fields)

    class Meta:
        verbose_name = _("accessibility statement")


class NondiscriminationPage(TrustPage):
    notice = rich_text("The nondiscrimination notice itself, including whom to contact with a complaint.")

    text_fields = ("notice",)
    content_panels = Page.content_panels + [
        "summary",
        "notice",
        InlinePanel(
            "taglines",
            label=_("Language assistance taglines"),
            min_num=1,
            help_text="One per language your patients speak, each written in that language.",
        ),
        "body",
    ]
    search_fields = TrustPage.trust_search_fields(*text_fields)
    search_document_prefetch = ("taglines",)

    class Meta:
        verbose_name = _("nondiscrimination notice")


class LanguageTagline(Orderable):
    page = ParentalKey(NondiscriminationPage, on_delete=models.CASCADE, related_name="taglines")
    language = models.CharField(max_length=60, help_text="The language's own name, e.g. “Español”, “Tiếng Việt”.")
    language_code = models.CharField(
        max_length=20,
        validators=[
            RegexValidator(r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$", _("Enter a language code such as es or zh-Hant."))
        ],
        help_text="The language code, so screen readers pronounce it right, e.g. es, vi, zh-Hant, ar.",
    )
    text = models.TextField(
        max_length=600,
        help_text="“Free language assistance is available. Call …”, written in that language.",
    )

    panels = ["language", "language_code", "text"]

    def __str__(self):
        return self.language
