from django import template

from core.languages import current_language
from core.page_cache import until_next_change
from trust.testimonials import testimonials_for

register = template.Library()


@register.inclusion_tag("trust/includes/testimonials.html")
def testimonials(about=None, limit=3):
    """Up to ``limit`` testimonials shared with permission; those about the treatment ``about`` first.

    Kept until the next change like the pages showing them: editing or deleting a testimonial starts a new
    generation (trust/apps.py), and a new one waits for it, as it does in the cached pages.
    Each language's pages show the testimonials given in it (the URL decides the language).
    """
    language = current_language()
    key = f"testimonials:{language}:{about.pk if about is not None else ''}:{limit}"
    return {"testimonials": until_next_change(key, lambda: testimonials_for(about, limit, language))}
