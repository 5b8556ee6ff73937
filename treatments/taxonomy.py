"""Conditions and body areas: shared labels that tie treatments together.

They are snippets, so editors manage one list for the whole site and reuse it on
every treatment; visitors browse treatments by them and search finds them.
"""

from django.core.validators import slug_re
from django.db import models
from django.utils.text import slugify
from wagtail.search import index

from core.fields import optional_image


class Label(index.Indexed, models.Model):
    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=120, unique=True, blank=True, help_text="Used in browse links; filled in.")

    panels = ["name", "slug"]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(type(self), self.name)
        super().save(*args, **kwargs)


def unique_slug(model, name):
    base = slugify(name)[:110] or "item"
    slug, n = base, 2
    while model.objects.filter(slug=slug).exists():
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


def labels_for(model, names):
    """Existing labels for these names (case-insensitive), creating the missing ones."""
    labels = []
    for name in dict.fromkeys(n.strip()[:120] for n in names if n.strip()):
        label = model.objects.filter(name__iexact=name).first() or model.objects.create(name=name)
        labels.append(label)
    return labels


def find_label(model, slug):
    """The label for a ?area= / ?condition= value; None for anything that is not a known slug."""
    if not slug or not slug_re.fullmatch(slug):
        return None
    return model.objects.filter(slug=slug).first()
