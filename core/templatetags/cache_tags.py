"""For ``{% cache %}`` fragments that every page shares until the next change (the footer's links)."""

import uuid

from django import template

from core.page_cache import generation

register = template.Library()


@register.simple_tag
def page_cache_generation():
    """The page cache's generation: a fragment keyed on it is built again after every change.

    A fresh value while the shared cache is unreachable, so that nothing is kept across a change then."""
    return generation() or uuid.uuid4().hex
