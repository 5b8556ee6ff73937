from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe


@require_safe
@cache_control(max_age=60 * 60 * 24, public=True)
def robots_txt(request):
    """Crawl everything visitors see; skip the admin and search results (endless, thin pages).

    The bare search page stays crawlable: it is a start page listing popular treatments. Robots
    rules are prefixes in which only `*` and `$` are special, so "/search/?" matches every query.
    """
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Disallow: {reverse('search')}?",
        f"Disallow: {reverse('search_suggest')}",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
