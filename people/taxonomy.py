"""What a clinician page is described by: credentials (with what they mean) and languages spoken.

Snippets, shared by every clinician page, so "DPT" means the same on every page and the team index
can filter by language. A credential's meaning is translatable (wagtail-localize's "Translate"): pages in
every language are filed under the default language's credentials, and a Spanish page shows the meaning
its Spanish translation gives.
"""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.languages import current_language, default_language
from core.page_cache import until_next_change


@register_snippet
class Credential(TranslatableMixin, index.Indexed, models.Model):
    abbreviation = models.CharField(max_length=20, help_text="As written after a name, e.g. DPT.")
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
    search_fields = [index.SearchField("abbreviation"), index.SearchField("meaning"), index.FilterField("locale")]
    # The letters stay as written after a name in every language; only what they mean is translated.
    translatable_fields = [
        TranslatableField("meaning"),
        SynchronizedField("abbreviation"),
        SynchronizedField("is_physician"),
        SynchronizedField("sort_order"),
    ]

    class Meta:
        ordering = ["sort_order", "abbreviation"]
        verbose_name = _("credential")
        unique_together = [("translation_key", "locale")]
        constraints = [
            models.UniqueConstraint(fields=["locale", "abbreviation"], name="unique_credential_per_locale"),
        ]

    def __str__(self):
        return f"{self.abbreviation} ({self.meaning})"

    def meaning_in(self, language):
        """What the letters mean in ``language``: its translation's meaning, else the editors' own."""
        if language == default_language():
            return self.meaning
        return credential_meanings(language).get(str(self.translation_key), self.meaning)

    @property
    def shown_meaning(self):
        """The meaning in the language of the page being shown."""
        return self.meaning_in(current_language())


def credential_meanings(language):
    """{translation key: meaning} of every credential translated into ``language``. A clinic has a few dozen
    credentials, so reading them all once per change costs less than a lookup per clinician card."""
    return until_next_change(
        f"credential-meanings:{language}",
        lambda: {
            str(key): meaning
            for key, meaning in Credential.objects.filter(locale__language_code=language).values_list(
                "translation_key", "meaning"
            )
        },
    )


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
        return self.display_name()

    def display_name(self):
        """The name in the language the page is shown in: "Spanish" on English pages, "español" on Spanish
        ones. Django knows every language's name in every language it is translated into; the editors'
        English name is kept for languages Django does not know and for the site's own language."""
        current = translation.get_language() or ""
        if current.split("-")[0] == "en":
            return self.name
        try:
            name = str(translation.get_language_info(self.code)["name_translated"])
            own = translation.get_language_info(current)["name_local"]
        except KeyError:
            return self.name
        # Languages that write their own name in lower case (español, français) write every language's so.
        return name.lower() if own[:1].islower() else name
