"""One page's plain-language check: its reading level and the claims it makes.

A ``Checker`` reads the settings, the glossary, the claims list and the names every page may use once,
so a report checking many pages asks the database those things once, not per page.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils import translation
from wagtail.models import Locale, get_page_models

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
        self.settings = PlainLanguageSettings.load()
        # Each page's language from its locale id: a report checking many pages asks once, not per page.
        self.languages = dict(Locale.objects.values_list("pk", "language_code"))
        self.glossary = list(GlossaryTerm.objects.values_list("term", flat=True))
        self.claims = {}
        for phrase, language in ClaimPhrase.objects.values_list("phrase", "language"):
            self.claims.setdefault(language, []).append(phrase)
        self.shared_names = [
            title
            for model in plain_language_page_models()
            if model.plain_language_names_are_terms
            for title in model.objects.values_list("title", flat=True)
        ]

    def check(self, page):
        """The check of ``page`` in its own language, whatever the language of the admin showing it: the text
        measured is what its visitors read, care cards' fixed wording ("Call 911 now if you have:") included."""
        language = self.languages.get(page.locale_id, settings.LANGUAGE_CODE)
        with translation.override(language):
            pieces = page.plain_language_pieces()
        terms = [*self.glossary, *self.shared_names, *page.plain_language_terms()]
        return PlainLanguageCheck(
            level=reading_level(pieces, terms=terms, target=self.settings.target_for(language), language=language),
            claims=find_claims(pieces, self.claims.get(language, []), language),
        )


def check_page(page):
    return Checker().check(page)
