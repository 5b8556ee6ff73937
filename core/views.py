from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from .brand import brand_css
from .models import ClinicSettings

YEAR = 60 * 60 * 24 * 365


@require_safe
@cache_control(max_age=60 * 60 * 24, public=True)
def robots_txt(request):
    """Crawl everything visitors see; skip the admin and search results (endless, thin pages).

    The bare search page stays crawlable: it is a start page listing popular treatments. Robots
    rules are prefixes in which only `*` and `$` are special, so "/search/?" matches every query.
    """
    lines = ["User-agent: *", "Disallow: /admin/"]
    # Search has a page in every language (/search/, /es/search/).
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            lines += [f"Disallow: {reverse('search')}?", f"Disallow: {reverse('search_suggest')}"]
    lines += [
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_safe
def brand_stylesheet(request):
    """The clinic's brand colour as a CSS custom property (strict CSP: no inline styles).

    Pages link it as ``/brand.css?v=<colour>``, so a new colour is a new URL: kept for a year when
    the version matches, re-asked soon when an out-of-date page still names an older colour.
    """
    colour = ClinicSettings.for_request(request).brand_colour
    response = HttpResponse(brand_css(colour), content_type="text/css; charset=utf-8")
    if request.GET.get("v") == colour.lstrip("#"):
        patch_cache_control(response, public=True, max_age=YEAR, immutable=True)
    else:
        patch_cache_control(response, public=True, max_age=60)
    return response
