"""One page's plain-language check: its reading level and the claims it makes.

A ``Checker`` reads the settings, the glossary, the claims list and the names every page may use once,
so a report checking many pages asks the database those things once, not per page.
"""

from dataclasses import dataclass

from wagtail.models import get_page_models

from .claims import find_claims
from .measure import reading_level
from .models import ClaimPhrase, GlossaryTerm, PlainLanguageSettings


def plain_language_page_models():
    """The page types that opted in (``PlainLanguageMixin``), so a new page type needs no change here."""
    return [model for model in get_page_models() if getattr(model, "plain_language_checked", False)]


@dataclass
class PlainLanguageCheck:
    level: object  # measure.ReadingLevel
    claims: list

    @property
    def needs_attention(self):
        return self.level.over_target or bool(self.claims)


class Checker:
    def __init__(self):
        self.target = PlainLanguageSettings.load().target_grade
        self.glossary = list(GlossaryTerm.objects.values_list("term", flat=True))
        self.claims = list(ClaimPhrase.objects.values_list("phrase", flat=True))
        self.shared_names = [
            title
            for model in plain_language_page_models()
            if model.plain_language_names_are_terms
            for title in model.objects.values_list("title", flat=True)
        ]

    def check(self, page):
        pieces = page.plain_language_pieces()
        terms = [*self.glossary, *self.shared_names, *page.plain_language_terms()]
        return PlainLanguageCheck(
            level=reading_level(pieces, terms=terms, target=self.target),
            claims=find_claims(pieces, self.claims),
        )


def check_page(page):
    return Checker().check(page)
