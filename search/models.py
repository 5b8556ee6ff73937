import uuid

from django import forms
from django.conf import settings
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.search_promotions.models import Query

from treatments.taxonomy import in_default_language

from .emergency import EmergencySign  # noqa: F401 - defined beside its matcher; listed here for Django
from .lexicon import phrases
from .text import fold


class Synonym(models.Model):
    """A term and the words visitors use for it. Every word in the group finds the others."""

    term = models.CharField(
        max_length=100,
        unique=True,
        help_text="The usual name, e.g. “herniated disc”.",
    )
    equivalents = models.TextField(
        help_text=(
            "Other words or short phrases that mean the same to a patient, separated by commas, "
            "e.g. “slipped disc, bulging disc, ruptured disc”. Avoid words that are only related "
            "(“pain” is not the same as “massage”): every word here is searched whenever any of them is."
        ),
    )
    updated_at = models.DateTimeField(auto_now=True)

    panels = ["term", "equivalents"]

    class Meta:
        ordering = ["term"]

    def __str__(self):
        return self.term

    def save(self, *args, **kwargs):
        self.term = " ".join(fold(self.term).split())
        self.equivalents = ", ".join(self.phrases()[1:])
        super().save(*args, **kwargs)

    def phrases(self):
        """The term and its equivalents, cleaned, without duplicates."""
        term = " ".join(fold(self.term).split())
        return list(dict.fromkeys([term, *phrases(self.equivalents)] if term else phrases(self.equivalents)))


class ZeroResultDailyHits(models.Model):
    """How often a query found nothing, per day: only the query text and a count, nothing about the visitor."""

    query = models.ForeignKey(Query, on_delete=models.CASCADE, related_name="zero_result_days")
    date = models.DateField()
    hits = models.PositiveIntegerField(default=0)

    class Meta:
        unique_together = [("query", "date")]
        verbose_name = "zero-result search"

    def __str__(self):
        return f"{self.query} ({self.date}: {self.hits})"

    @classmethod
    def add_hit(cls, query):
        # One UPDATE on every search after the day's first; the row is created (race-safe) only once.
        today = timezone.localdate()
        if not cls.objects.filter(query=query, date=today).update(hits=models.F("hits") + 1):
            day, _ = cls.objects.get_or_create(query=query, date=today)
            cls.objects.filter(pk=day.pk).update(hits=models.F("hits") + 1)


class StoredDocument(models.Model):
    """The search document of one live, public page's published revision, built once when it is published.

    One row per page: publishing again replaces it, so documents of older revisions never pile up.
    Every process reads the same rows (search/documents.py); ``words`` feeds the vocabulary's counts.
    """

    page_id = models.IntegerField(primary_key=True)  # not a foreign key: deleting a page must first uncount its words
    revision_id = models.IntegerField(null=True)
    published_at = models.DateTimeField(null=True)
    language = models.CharField(max_length=10, default="en", db_index=True)  # its page's locale: one vocabulary each
    words = models.JSONField(default=list)
    data = models.JSONField(default=dict)

    def __str__(self):
        return f"search document of page {self.page_id}"


class IndexedWord(models.Model):
    """A word the site's stored documents use, with its stem and how many documents use it."""

    word = models.CharField(max_length=100, primary_key=True)
    stem = models.CharField(max_length=100)
    document_count = models.IntegerField(default=0)  # moved by +/- deltas (search/storage.py)
    # The corpus's ``words_changed`` when this count last moved: a process reads only the rows changed since
    # it last looked. A word no page uses any more stays at 0, so processes see it go.
    changed = models.PositiveBigIntegerField(default=0, db_index=True)

    def __str__(self):
        return self.word


def new_version():
    return uuid.uuid4().hex


class SearchCorpus(models.Model):
    """One row: what every process compares to know the stored documents or synonyms changed.

    ``version`` is a new random value on every change (never a counter: a rolled-back change must not
    bring back a number some process already saw); ``pages_stamp`` records which live pages the documents
    were made from, so pages published without signals (bulk imports) are noticed and built.
    ``words_changed`` counts the changes to the word counts (each counted word row records the change that
    last moved it), so a process applies only what changed since it last looked; ``terms_version`` changes
    with the synonyms and search terms, which a process then reads again. A new row (a new database) has a
    new ``terms_version``, so a process never mistakes it for the one it knew.
    """

    version = models.CharField(max_length=32, default="")
    document_count = models.PositiveIntegerField(default=0)
    pages_stamp = models.CharField(max_length=200, default="")
    document_format = models.PositiveIntegerField(default=0)
    words_changed = models.PositiveBigIntegerField(default=0)
    terms_version = models.CharField(max_length=32, default=new_version)

    def __str__(self):
        return f"search corpus {self.version}"


class SearchTerm(models.Model):
    """Everyday words for something the clinic's pages name: "pins and needles" means numbness and tingling,
    "heel" is in the Ankle and foot area. Unlike a synonym it points one way: "heel" finds pages about
    plantar fasciitis, but "plantar fasciitis" does not find every page that says "heel"."""

    class Kind(models.TextChoices):
        ANATOMY = "anatomy", "Part of the body"
        SYMPTOM = "symptom", "Symptom or feeling"
        ACTIVITY = "activity", "Activity or how it happened"
        CONDITION = "condition", "Condition name"
        CLINIC = "clinic", "Question about the clinic"

    words = models.TextField(
        help_text="What a patient may type, separated by commas, e.g. “pins and needles, tingling, tingly”.",
    )
    means = models.TextField(
        help_text=(
            "What the clinic's pages call it, separated by commas, e.g. “numbness, nerve compression”. "
            "Use the names of conditions and treatments as pages write them."
        ),
    )
    kind = models.CharField(
        max_length=20,
        choices=Kind.choices,
        help_text=(
            "Condition names count almost as much as the page's own words; symptoms and activities count less, "
            "as hints. Questions about the clinic put the About, insurance or location page first."
        ),
    )
    body_area = models.ForeignKey(
        "treatments.BodyArea",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        # Treatments are filed under the default language's areas; a Spanish term finds them by those too.
        limit_choices_to=in_default_language,
        help_text="The body area it concerns, if any: treatments filed under that area are found too.",
    )
    language = models.CharField(
        max_length=10,
        choices=settings.LANGUAGES,
        default="en",
        help_text="The language patients type it in: a term is used by the search of that language only.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    # A short list (the default language's body areas) reads better as a menu than as a chooser dialog, which
    # would also list each area's translations.
    panels = ["words", "means", "kind", "language", FieldPanel("body_area", widget=forms.Select)]

    class Meta:
        ordering = ["language", "kind", "words"]
        verbose_name = "search term"

    def __str__(self):
        return self.words[:80]

    def save(self, *args, **kwargs):
        self.words = ", ".join(phrases(self.words))
        self.means = ", ".join(phrases(self.means))
        super().save(*args, **kwargs)
