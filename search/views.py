from django.core.paginator import Paginator
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache
from wagtail.models import Page, Site

from core.visibility import without_restricted

from .emergency import emergencies_for
from .evidence import evidence
from .highlight import snippet
from .languages import analysing, of_request, site_default
from .models import ZeroResultDailyHits
from .next_steps import is_weak, next_steps
from .query import clean_query, search_terms
from .results import attach_pages, search_pages
from .stored_queries import recorded_query

RESULTS_PER_PAGE = 10
SUGGESTIONS = 6


def site_pages(request, language=None):
    """Live, public pages of the site this request is for, in ``language`` (default: the site's).

    Another language's pages sit under the translation of the site's root (the Spanish home), not under it.
    """
    language = language or site_default()
    pages = without_restricted(Page.objects.live())
    site = Site.find_for_request(request)
    if language != site_default():
        pages = pages.filter(locale__language_code=language)
        root = (
            site.root_page.get_translations(inclusive=True).filter(locale__language_code=language).first()
            if site
            else None
        )
        return pages.descendant_of(root, inclusive=True) if root else pages
    return pages.descendant_of(site.root_page, inclusive=True) if site else pages


def get_promotions(query):
    """Editors' promoted results for this query, best first, live pages only."""
    return [
        promotion
        for promotion in query.editors_picks.select_related("page")
        if promotion.page is None or promotion.page.live
    ]


def popular_treatments(request, limit=6, language=None):
    """For the start page or a search that found nothing: featured treatments, else the first few A–Z,
    in the search's language."""
    from home.models import HomePage
    from treatments.models import TreatmentPage

    language = language or site_default()
    home = HomePage.objects.filter(locale__language_code=language).first()
    featured = home.get_featured_treatments() if home else []
    treatments = TreatmentPage.objects.live().filter(locale__language_code=language)
    return featured[:limit] or list(without_restricted(treatments).defer_streamfields().order_by("title")[:limit])


@never_cache
def search(request):
    """The results page (or JSON with ?format=json), in the request's language: /search/ searches the
    English pages, /es/search/ the Spanish ones, each read with its own language's words."""
    language = of_request()
    with analysing(language):
        return search_in(request, language)


def search_in(request, language):
    search_query = clean_query(request.GET.get("q", ""))
    exact = request.GET.get("exact") == "1"
    promotions, hits, interpretation, outcome = [], [], None, None
    emergencies = emergencies_for(search_query)  # shown above any result
    if search_terms(search_query):
        # None when the words may identify someone or describe an emergency: not stored.
        query = recorded_query(search_query)
        if query:
            query.add_hit()
        promotions = get_promotions(query) if query else []
        promoted_ids = {p.page_id for p in promotions if p.page_id}
        outcome = search_pages(search_query, pages=site_pages(request, language), correct=not exact, language=language)
        interpretation = outcome.interpretation
        hits = [hit for hit in outcome.hits if hit.page_id not in promoted_ids]
        if not hits and not promotions and query:
            ZeroResultDailyHits.add_hit(query)

    paginator = Paginator(hits, RESULTS_PER_PAGE, allow_empty_first_page=True)
    page_obj = paginator.get_page(request.GET.get("page"))
    page_obj.object_list = attach_pages(page_obj.object_list)
    # Promotions head the first page only; later pages carry on with ordinary results.
    shown_promotions = promotions if page_obj.number == 1 else []
    total = paginator.count + len(promotions)
    corrected = interpretation.corrected_query if interpretation and hits else ""

    if request.GET.get("format") == "json":
        return JsonResponse(
            {
                "query": search_query,
                "emergency": [emergency.as_json() for emergency in emergencies],
                "corrected_query": corrected,
                "results": [
                    {
                        "title": p.title,
                        "url": p.page.get_url(request) if p.page else p.external_link_url,
                        "summary": p.description,
                    }
                    for p in shown_promotions
                ]
                + [
                    {"title": hit.document.title, "url": hit.page.get_url(request), "summary": hit.document.summary}
                    for hit in page_obj
                ],
                "total": total,
                "page": page_obj.number,
            }
        )

    for hit in page_obj:
        hit.snippet = snippet(hit.document, hit.matched)
        hit.evidence = evidence(hit.document, hit.matched)
    # No dead ends: a search without a good answer shows where to go next, on its first page.
    weak = bool(search_query) and page_obj.number == 1 and not promotions and (not outcome or is_weak(outcome, hits))
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": search_query,
            "emergencies": emergencies,
            "corrected_query": corrected,
            "promotions": shown_promotions,
            "results": page_obj,
            "total": total,
            # The start page (no query) and a search that found nothing both offer a way in.
            "popular_treatments": popular_treatments(request, language=language) if not search_query else [],
            "next_steps": next_steps(interpretation, search_query) if weak else None,
        },
    )


@never_cache
def suggest(request):
    """As-you-type suggestions for the header search box: a few treatments, as JSON, in the request's language."""
    language = of_request()
    with analysing(language):
        return suggest_in(request, language)


def suggest_in(request, language):
    search_query = clean_query(request.GET.get("q", ""))[:100]
    suggestions = []
    emergencies = emergencies_for(search_query)
    if len(search_terms(search_query)) >= 2:
        outcome = search_pages(
            search_query, pages=site_pages(request, language), treatments_only=True, language=language
        )
        suggestions = [
            {"title": hit.document.title, "url": hit.page.get_url(request)}
            for hit in attach_pages(outcome.hits[:SUGGESTIONS])
        ]
    return JsonResponse(
        {
            "query": search_query,
            "emergency": [emergency.as_json() for emergency in emergencies],
            "suggestions": suggestions,
        }
    )
