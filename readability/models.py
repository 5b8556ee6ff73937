"""What editors and administrators set for plain language: the target grade, the glossary, the claims list."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from .spanish import DEFAULT_TARGET as DEFAULT_SPANISH_TARGET
from .spanish import LANGUAGE as SPANISH

DEFAULT_TARGET_GRADE = 8
DEFAULT_CLAIMS = ["cure", "guaranteed", "miracle", "100%", "permanent", "no side effects", "risk-free"]


@register_setting(icon="doc-full")
class PlainLanguageSettings(BaseGenericSetting):
    target_grade = models.PositiveSmallIntegerField(
        default=DEFAULT_TARGET_GRADE,
        validators=[MinValueValidator(1), MaxValueValidator(16)],
        help_text=(
            "The school grade a page should read at, or below (Flesch–Kincaid). 8 suits most patients; "
            "health sites such as MedlinePlus aim lower."
        ),
    )

    spanish_target = models.PositiveSmallIntegerField(
        "Spanish target score",
        default=DEFAULT_SPANISH_TARGET,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=(
            "The score a Spanish page should reach, or exceed, on the INFLESZ scale (Szigriszt-Pazos; higher is "
            "easier). 55 is “normal”, what patient information should reach; 65 is “quite easy”."
        ),
    )

    class Meta:
        verbose_name = "plain language"

    def target_for(self, language):
        return self.spanish_target if language == SPANISH else self.target_grade


class GlossaryTerm(models.Model):
    """A word patients need and no plainer word replaces ("sciatica"); it does not count against a page."""

    term = models.CharField(
        max_length=100,
        unique=True,
        help_text="The word or phrase as it appears on pages, e.g. “plantar fasciitis”. Case does not matter.",
    )
    note = models.CharField(
        max_length=255,
        blank=True,
        help_text="Optional. Why it stays, or how pages should explain it, for other editors.",
    )

    class Meta:
        ordering = ["term"]
        verbose_name = "glossary term"

    def __str__(self):
        return self.term


class ClaimPhrase(models.Model):
    """A word or phrase health-advertising rules warn about; pages using it are flagged for review."""

    phrase = models.CharField(
        max_length=100,
        unique=True,
        help_text="Matched as whole words, any case, with simple endings (“cure” also finds “cures”).",
    )
    language = models.CharField(
        max_length=10,
        choices=settings.LANGUAGES,
        default="en",
        help_text="Checked on pages in this language (“garantizado” on Spanish pages, “guaranteed” on English ones).",
    )
    reason = models.CharField(
        max_length=255,
        blank=True,
        help_text="Optional. Shown beside the flag, e.g. “No treatment works for everyone”.",
    )

    class Meta:
        ordering = ["language", "phrase"]
        verbose_name = "claim to avoid"
        verbose_name_plural = "claims to avoid"

    def __str__(self):
        return self.phrase
