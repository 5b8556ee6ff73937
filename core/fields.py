"""Model fields several page types and snippets declare the same way."""

from django.db import models


def optional_image(help_text):
    """An optional Wagtail image; deleting the image empties the field and keeps the page or snippet."""
    return models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )
