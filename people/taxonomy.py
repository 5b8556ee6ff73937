"""What a clinician page is described by: credentials (with what they mean) and languages spoken.

Snippets, shared by every clinician page, so "DPT" means the same on every page and the team index
can filter by language.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index
from wagtail.snippets.models import register_snippet


@register_snippet
class Credential(index.Indexed, models.Model):
    abbreviation = models.CharField(max_length=20, unique=True, help_text="As written after a name, e.g. DPT.")
    meaning = models.CharField(
        max_length=120,
        help_text="What it means, in words a patient understands, e.g. “Doctor of Physical Therapy”.",
    )
    is_physician = models.BooleanField(
        default=False,
        help_text="Tick for a medical doctor's degree (MD, DO): search engines then call the holder a physician.",
    )
    sort_order = models.PositiveSmallIntegerField(
        default=100,
        help_text="Credentials are listed by this number, lowest first: licences and degrees before certifications.",
    )

    panels = ["abbreviation", "meaning", "is_physician", "sort_order"]
    search_fields = [index.SearchField("abbreviation"), index.SearchField("meaning")]

    class Meta:
        ordering = ["sort_order", "abbreviation"]
        verbose_name = _("credential")

    def __str__(self):
        return f"{self.abbreviation} ({self.meaning})"


@register_snippet
class Language(index.Indexed, models.Model):
    name = models.CharField(max_length=60, unique=True, help_text="In English, e.g. Spanish.")
    code = models.SlugField(
        max_length=20,
        unique=True,
        help_text="Its language tag, e.g. es for Spanish, vi for Vietnamese, as in /our-team/?language=es.",
    )

    panels = ["name", "code"]
    search_fields = [index.SearchField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("language")

    def __str__(self):
        return self.name
