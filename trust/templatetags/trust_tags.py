from django import template

from core.page_cache import until_next_change
from trust.testimonials import testimonials_for

register = template.Library()


@register.inclusion_tag("trust/includes/testimonials.html")
def testimonials(about=None, limit=3):
    """Up to ``limit`` testimonials shared with permission; those about the treatment ``about`` first.

    Kept until the next change like the pages showing them: editing or deleting a testimonial starts a new
    generation (trust/apps.py), and a new one waits for it, as it does in the cached pages.
    """
    key = f"testimonials:{about.pk if about is not None else ''}:{limit}"
    return {"testimonials": until_next_change(key, lambda: testimonials_for(about, limit))}
