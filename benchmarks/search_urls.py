"""The site's URLs plus /bench-wagtail-search/: Wagtail's default search (``Page.objects.live().search(q)``),
ten results as JSON like ``/search/?format=json``, for the search benchmark only."""

from django.http import JsonResponse
from django.urls import path
from wagtail.models import Page

from clinic_site.urls import urlpatterns as site_urlpatterns


def wagtail_search(request):
    results = Page.objects.live().search(request.GET.get("q", ""))[:10]
    return JsonResponse({"results": [{"title": page.title, "url": page.url} for page in results]})


urlpatterns = [path("bench-wagtail-search/", wagtail_search), *site_urlpatterns]
