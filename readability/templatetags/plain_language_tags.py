from django import template

from ..checks import check_page

register = template.Library()


@register.simple_tag
def plain_language_check(page):
    """The check of the page's latest draft (what a reviewer is asked to approve), or None if not checked."""
    page = getattr(page, "specific", page)
    if not getattr(page, "plain_language_checked", False):
        return None
    return check_page(page.get_latest_revision_as_object())
