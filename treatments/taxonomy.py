"""Conditions and body areas: shared labels that tie treatments together.

They are snippets, so editors manage one list for the whole site and reuse it on
every treatment; visitors browse treatments by them and search finds them.

Each label is translatable (Wagtail's ``TranslatableMixin``; wagtail-localize offers "Translate" in the admin),
but the default language's (English) rows are the labels: treatment pages in every language are filed under
them, and browse links, filters and counts use them. A translation only gives a label its name and slug in
its language: :func:`in_language` shows a list of labels in the active language with one query.
"""

import copy

from django.conf import settings
from django.core.validators import slug_re
from django.db import models
from django.db.models import OuterRef, Subquery
from django.utils.text import slugify
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from core.fields import optional_image
from core.languages import current_language, default_language
from core.sorting import a_to_z_key


class Label(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=120, blank=True, help_text="Used in browse links; filled in.")

    panels = ["name", "slug"]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale")]
    # A translation gives a label its name and its browse link in that language; nothing else of it is shown.
    translatable_fields = [TranslatableField("name"), TranslatableField("slug")]

    class Meta:
        abstract = True
        ordering = ["name"]
        unique_together = [("translation_key", "locale")]
        constraints = [
            models.UniqueConstraint(fields=["locale", "name"], name="unique_%(class)s_name_per_locale"),
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_%(class)s_slug_per_locale"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if getattr(self, "_shown_in", None):
            raise ValueError(f"{self!r} is shown in another language (in_language()); save the label itself.")
        if self.locale_id is None:
            self.locale = self.get_default_locale()
        if not self.slug:
            self.slug = unique_slug(type(self), self.name, self.locale_id)
        super().save(*args, **kwargs)


def unique_slug(model, name, locale_id):
    base = slugify(name)[:110] or "item"
    slug, n = base, 2
    while model.objects.filter(slug=slug, locale_id=locale_id).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


class BodyArea(Label):
    keywords = models.CharField(
        max_length=255,
        blank=True,
        help_text=(
            "Other words for this area, separated by commas, e.g. for Shoulder: “rotator cuff, shoulder blade”. "
            "Imported conditions that mention one are filed under this area."
        ),
    )

    image = optional_image(
        "Optional. A simple picture of this area for the “Browse by body area” tiles, roughly square."
    )

    panels = ["name", "slug", "keywords", "image"]

    class Meta(Label.Meta):
        verbose_name = "body area"

    def matches(self, text):
        words = [self.name, *self.keywords.split(",")]
        text = f" {slugify(text).replace('-', ' ')} "
        return any(f" {slugify(word).replace('-', ' ')} " in text for word in words if word.strip())


class Condition(Label):
    class Meta(Label.Meta):
        verbose_name = "condition"


def default_labels(model):
    """The labels treatments are filed under: the default language's rows, not their translations."""
    return model.objects.filter(in_default_language())


def in_default_language():
    """The default language's rows, as a ``limit_choices_to`` for a field that points at a label."""
    return models.Q(locale__language_code=default_language())


def labels_for(model, names):
    """Existing labels for these names (case-insensitive), creating the missing ones, in the default language."""
    labels = []
    existing = default_labels(model)
    for name in dict.fromkeys(n.strip()[:120] for n in names if n.strip()):
        label = existing.filter(name__iexact=name).first() or model.objects.create(name=name)
        labels.append(label)
    return labels


def find_label(model, slug, language=None):
    """The label for a ?area= / ?condition= value, in the active language or the default one; None for anything
    that is not a known slug. Always the default language's row (what treatments are filed under): one query."""
    if not slug or not slug_re.fullmatch(slug):
        return None
    languages = {language or current_language(), default_language()}
    matching = model.objects.filter(slug=slug, locale__language_code__in=languages).values("translation_key")
    return default_labels(model).filter(translation_key__in=matching).first()


def translations_of(labels, language=None):
    """{translation_key: translation} for these labels in ``language`` (default: the active one): one query."""
    language = language or current_language()
    labels = list(labels)
    if not labels or language == default_language():
        return {}
    model = type(labels[0])
    keys = {label.translation_key for label in labels}
    rows = model.objects.filter(translation_key__in=keys, locale__language_code=language).only(
        "translation_key", "name", "slug"
    )
    return {row.translation_key: row for row in rows}


def in_language(labels, language=None, translations=None):
    """The labels as a visitor reading ``language`` (default: the active one) sees them: each with its
    translation's name and slug when there is one, else as it is; A to Z by the shown name.

    The shown labels are copies (same id, image and relations as the label), so comparing them with the label
    still holds; they cannot be saved. One query for the whole list (none in the default language, or when
    ``translations`` from :func:`translations_of` is given).
    """
    labels = list(labels)
    if translations is None:
        translations = translations_of(labels, language)
    shown = []
    for label in labels:
        translation = translations.get(label.translation_key)
        if translation is None:
            shown.append(label)
            continue
        label = copy.copy(label)
        label.name, label.slug, label._shown_in = translation.name, translation.slug, True
        shown.append(label)
    return sorted(shown, key=lambda label: a_to_z_key(label.name))


def other_languages():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != default_language()]


def with_names_in_other_languages(queryset):
    """Labels with their name in each other content language (``name_in_es``; None when not translated), for
    prefetching: what a page in any language calls them then costs no query of its own."""
    model = queryset.model
    return queryset.annotate(
        **{
            f"name_in_{language}": Subquery(
                model.objects.filter(
                    translation_key=OuterRef("translation_key"), locale__language_code=language
                ).values("name")[:1]
            )
            for language in other_languages()
        }
    )


def names_in(labels, language):
    """The labels' names in ``language``, the label's own where it has no translation: from the
    annotations of :func:`with_names_in_other_languages` when present, else with one query."""
    labels = list(labels)
    if language == default_language() or not labels:
        return [label.name for label in labels]
    field = f"name_in_{language}"
    if all(hasattr(label, field) for label in labels):
        return [getattr(label, field) or label.name for label in labels]
    translations = translations_of(labels, language)
    return [
        translations[label.translation_key].name if label.translation_key in translations else label.name
        for label in labels
    ]


def names_by_key(labels, language):
    """{translation_key: name in ``language``} for these labels (the label's own name where not translated)."""
    labels = list(labels)
    return {label.translation_key: name for label, name in zip(labels, names_in(labels, language), strict=True)}


def pages_naming(label):
    """The treatment pages that show this row's name: for a default-language label, every page filed under it;
    for a translation, the pages in its language filed under the label it translates (a queryset)."""
    relation = type(label)._meta.get_field("treatments")
    filed_under = relation.field.name  # "conditions" or "body_areas"
    pages = relation.related_model.objects.filter(
        **{
            f"{filed_under}__translation_key": label.translation_key,
            f"{filed_under}__locale__language_code": default_language(),
        }
    )
    if label.locale_id is not None and not default_labels(type(label)).filter(pk=label.pk).exists():
        pages = pages.filter(locale_id=label.locale_id)
    return pages.distinct()


def reindex_pages_naming(sender, instance, raw=False, update_fields=None, **kwargs):
    """post_save and post_delete of a label: the search backend indexes each treatment with its labels' names in
    its language (TreatmentPage.condition_names), so renaming, translating or removing a translation of a label
    indexes the pages that name it again (connected in TreatmentsConfig.ready)."""
    if raw or (update_fields is not None and "name" not in update_fields):
        return
    pages = pages_naming(instance)
    for page in pages.prefetch_related(*pages.model.search_document_prefetch):
        index.insert_or_update_object(page)
