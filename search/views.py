from django.core.paginator import Paginator
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page, Site

from .query import clean_query, search_terms

RESULTS_PER_PAGE = 10


def summary_of(page):
    return getattr(page, "search_summary", "") or page.search_description


def get_promotions(query):
    """Editors' promoted results for this query, best first, live pages only."""
    return [
        promotion
        for promotion in query.editors_picks.select_related("page")
        if promotion.page is None or promotion.page.live
    ]


@never_cache
def search(request):
    search_query = clean_query(request.GET.get("q", ""))
    promotions, results = [], []
    terms = search_terms(search_query)
    if terms:
        query = Query.get(search_query)
        query.add_hit()
        promotions = get_promotions(query)
        promoted_ids = [p.page_id for p in promotions if p.page_id]
        site = Site.find_for_request(request)
        pages = Page.objects.live().public()
        if site is not None:
            pages = pages.descendant_of(site.root_page, inclusive=True)
        results = pages.exclude(id__in=promoted_ids).specific().search(terms)

    paginator = Paginator(results, RESULTS_PER_PAGE, allow_empty_first_page=True)
    page_obj = paginator.get_page(request.GET.get("page"))
    # Promotions head the first page only; later pages carry on with ordinary results.
    shown_promotions = promotions if page_obj.number == 1 else []

    if request.GET.get("format") == "json":
        return JsonResponse(
            {
                "query": search_query,
                "results": [
                    {
                        "title": p.title,
                        "url": p.page.get_url(request) if p.page else p.external_link_url,
                        "summary": p.description,
                    }
                    for p in shown_promotions
                ]
                + [
                    {
                        "title": page.title,
                        "url": page.get_url(request),
                        "summary": summary_of(page),
                    }
                    for page in page_obj
                ],
                "total": paginator.count + len(promotions),
                "page": page_obj.number,
            }
        )

    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": search_query,
            "promotions": shown_promotions,
            "results": page_obj,
            "total": paginator.count + len(promotions),
        },
    )
