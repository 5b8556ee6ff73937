"""Searches that describe an emergency: the number to call, shown above any result.

A patient who types "numb groin and can't control my bladder" needs 911, not a list of treatments.
Administrators keep the warning signs as snippets (``EmergencySign``); each sign has phrases, one a line,
and a query matches a phrase when it holds every word of it, in any order, allowing plurals, other word
forms ("hurts", "hurting") and a small misspelling ("sucidal", "blader"). "/" separates words that
may stand in for each other, so "chest pain/pressure arm/jaw" covers "pressure in my chest and left arm".

Phrases are matched whole: "chest stretch" or "back pain" alone never match, because every sign here
needs words that only an emergency puts together.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .languages import analysing
from .languages import current as current_language
from .text import fold, stem

CACHE_KEY = "search:emergency-signs"
CACHE_SECONDS = 60 * 60
TOKEN = re.compile(r"[a-z0-9]+")
# "can't", "can not" and "cannot" are one word to a patient in a hurry.
CANNOT = re.compile(r"\bcan\s*not\b|\bcan'?t\b|\bcouldn'?t\b")

NUMBERS = {
    "911": {"heading": _("Call 911 now"), "href": "tel:911"},
    "988": {"heading": _("Call or text 988 now"), "href": "tel:988"},
}


class EmergencySign(models.Model):
    name = models.CharField(
        max_length=100,
        unique=True,
        help_text="What these signs may mean, e.g. “Heart attack”. Shown in the admin only.",
    )
    number = models.CharField(
        max_length=3,
        choices=[("911", "911 (emergency)"), ("988", "988 (Suicide & Crisis Lifeline)")],
        default="911",
        help_text="The number the message tells the visitor to call.",
    )
    message = models.CharField(
        max_length=250,
        help_text=(
            "One or two plain sentences shown with the number, e.g. “Chest pain that spreads to your arm or jaw "
            "can be a heart attack.”"
        ),
    )
    phrases = models.TextField(
        help_text=(
            "One phrase a line, in patients' words. A search matches a line when it has every word of it, in any "
            "order; plurals, other forms and small misspellings count. Separate words that can replace each "
            "other with “/”, e.g. “chest pain/pressure/tightness arm/jaw”. Use words that only an emergency puts "
            "together: “groin” alone would also match a sports strain."
        ),
    )
    language = models.CharField(
        max_length=10,
        choices=settings.LANGUAGES,
        default="en",
        help_text="The language of the phrases and the message: searches in that language are checked against it.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    panels = ["name", "number", "language", "message", "phrases"]

    class Meta:
        app_label = "site_search"
        ordering = ["number", "name"]

    def __str__(self):
        return self.name

    def phrase_list(self):
        return parse_phrases(self.phrases)


@dataclass(frozen=True)
class Emergency:
    number: str
    message: str

    @property
    def heading(self):
        return str(NUMBERS[self.number]["heading"])

    @property
    def href(self):
        return NUMBERS[self.number]["href"]

    @property
    def call(self):
        return gettext("Call %(number)s") % {"number": self.number}

    def as_json(self):
        return {
            "number": self.number,
            "heading": self.heading,
            "message": self.message,
            "href": self.href,
            "call": self.call,
        }


def normalise(text):
    """Lower case, no accents or apostrophes, and one spelling of "cannot"."""
    return CANNOT.sub("cannot", fold(text)).replace("'", "")


def parse_phrases(text):
    """Each line as a tuple of word groups, each group the words that may stand in for each other."""
    phrases = []
    for line in normalise(text).splitlines():
        groups = tuple(tuple(TOKEN.findall(group)) for group in line.split())
        groups = tuple(group for group in groups if group)
        if groups:
            phrases.append(groups)
    return tuple(phrases)


def distance(a, b, limit):
    """Edit distance with swapped neighbours counted as one edit; stops counting past ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2, previous = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if previous2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                best = min(best, previous2[j - 2] + 1)
            current.append(best)
        previous2, previous = previous, current
    return previous[-1]


def same_word(token, word):
    """``token`` (from the query) is ``word`` (from a phrase), another form of it, or a small misspelling."""
    return _same_word(current_language(), token, word)


@lru_cache(maxsize=50_000)
def _same_word(language, token, word):  # the language keys the cache: stems differ by language
    if token == word or stem(token) == stem(word):
        return True
    root = stem(word)
    if len(root) >= 4 and token.startswith(root) and len(token) - len(root) <= 4:
        return True  # "numbness", "painful"
    # Short words are too alike ("can" and "cant", "pin" and "pain"); a misspelling keeps its first letter.
    if len(token) < 4 or len(word) < 4 or token[0] != word[0]:
        return False
    limit = 2 if len(word) >= 8 else 1
    if distance(token, word, limit) <= limit:
        return True
    # Spanish stems drop attached pronouns ("matarme" -> "mat"): a root that short allows no misspelling
    # ("manos" is not "matarme").
    if language != "en" and len(root) < 4:
        return False
    # Stems are shorter than the words: their allowance follows their own length ("slip" is not "slur").
    root_limit = 2 if len(root) >= 8 else 1
    return distance(stem(token), root, root_limit) <= root_limit


def matches(tokens, phrase):
    return all(any(same_word(token, word) for token in tokens for word in group) for group in phrase)


def query_tokens(search_query):
    return tuple(TOKEN.findall(normalise(search_query)))


def load_signs():
    """(language, number, message, phrases) for every sign, cached until an administrator changes one."""
    signs = cache.get(CACHE_KEY)
    if signs is None:
        signs = [(sign.language, sign.number, sign.message, sign.phrase_list()) for sign in EmergencySign.objects.all()]
        cache.set(CACHE_KEY, signs, CACHE_SECONDS)
    return signs


def emergencies_for(search_query):
    """The emergency messages a query calls for, 911 before 988, each number's messages once.

    The signs of the language being analysed (search/languages.py) come first, read with its word forms;
    a query that matches none of them is checked against the other languages' signs too, so a patient who
    types English on the Spanish site (or Spanish on the English one) is still told whom to call.
    """
    tokens = query_tokens(search_query)
    if not tokens:
        return []
    signs = load_signs()
    language = current_language()
    found = matching(tokens, [sign for sign in signs if sign[0] == language])
    for other in sorted({sign[0] for sign in signs} - {language}):
        if found:
            break
        with analysing(other):
            found = matching(tokens, [sign for sign in signs if sign[0] == other])
    return found


def matching(tokens, signs):
    found = []
    for _language, number, message, phrases in signs:
        if any(matches(tokens, phrase) for phrase in phrases):
            emergency = Emergency(number, message)
            if emergency not in found:
                found.append(emergency)
    return found


@receiver(post_save, sender=EmergencySign, dispatch_uid="search-emergency-sign-saved")
@receiver(post_delete, sender=EmergencySign, dispatch_uid="search-emergency-sign-deleted")
def forget_signs(**kwargs):
    cache.delete(CACHE_KEY)
