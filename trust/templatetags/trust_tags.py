from django import template

from trust.testimonials import testimonials_for

register = template.Library()


@register.inclusion_tag("trust/includes/testimonials.html")
def testimonials(about=None, limit=3):
    """Up to ``limit`` testimonials shared with permission; those about the treatment ``about`` first."""
    return {"testimonials": testimonials_for(about, limit)}
