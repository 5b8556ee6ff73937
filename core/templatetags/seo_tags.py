"""Head tags for search engines and link previews: see core/seo.py and core/structured_data.py."""

from django import template
from django.utils.html import format_html_join

from core import languages, seo, structured_data
from core.page_cache import until_next_change

register = template.Library()


@register.simple_tag(takes_context=True)
def page_meta(context, page, clinic):
    """Title, description, canonical URL and preview image of a Wagtail page (None without one)."""
    request = context.get("request")
    if page is None or request is None or not hasattr(page, "get_full_url"):
        return None
    return seo.page_meta(page, clinic, request)


@register.simple_tag(takes_context=True)
def structured_data_scripts(context, page):
    """Every JSON-LD block for the page, each in its own <script type="application/ld+json">."""
    request = context.get("request")
    if page is None or request is None or not hasattr(page, "get_full_url"):
        return ""

    def build():
        scripts = (structured_data.json_ld_script(entity) for entity in structured_data.for_page(page, request))
        return format_html_join("\n", "{}", ((script,) for script in scripts))

    if getattr(request, "is_preview", False) or not page.pk:
        return build()  # a draft's entities: never kept for visitors
    # Built from the live page, the clinic's details and the host's address: kept until the next change.
    return until_next_change(f"json-ld:{page.pk}:{request.scheme}:{request.get_host()}", build)


@register.simple_tag(takes_context=True)
def language_alternates(context, page=None):
    """The page in each language (hreflang links, the language switcher); the same view in each language on
    views that are not pages (search), each language's home page on errors."""
    request = context.get("request")
    if request is None:
        return []
    if page is None or not hasattr(page, "translation_key"):
        return languages.view_alternates(request)
    return languages.page_alternates(page, request)


@register.simple_tag
def og_locale():
    return languages.og_locale()
