"""Template helpers for images (see core/image_cache.py)."""

from django import template

from core.image_cache import image_version as version

register = template.Library()


@register.filter
def image_version(image):
    """For ``{% cache %}``: a key part that changes with the image's file and focal point."""
    return version(image) if image else ""
