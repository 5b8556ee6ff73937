"""The "Search insights" admin report: what visitors search for, and what found nothing."""

import datetime

from django.core.exceptions import PermissionDenied
from django.db.models import Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.contrib.search_promotions.models import Query

from .models import ZeroResultDailyHits

DAYS = 30
ROWS = 50
PERMISSIONS = ("site_search.add_synonym", "wagtailsearchpromotions.add_searchpromotion")


def can_view(user):
    return any(user.has_perm(permission) for permission in PERMISSIONS)


def top_queries(since, limit=ROWS):
    rows = (
        Query.objects.filter(daily_hits__date__gte=since)
        .annotate(searches=Sum("daily_hits__hits"))
        .order_by("-searches", "query_string")[:limit]
    )
    return list(rows)


def zero_result_queries(since, limit=ROWS):
    rows = (
        ZeroResultDailyHits.objects.filter(date__gte=since)
        .values("query_id", "query__query_string")
        .annotate(searches=Sum("hits"))
        .order_by("-searches", "query__query_string")[:limit]
    )
    return [
        {"id": row["query_id"], "query_string": row["query__query_string"], "searches": row["searches"]} for row in rows
    ]


def with_actions(rows):
    """Each row gains the two one-click fixes: a synonym for the words, a promoted result for the query."""
    synonym_url = reverse("wagtailsnippets_site_search_synonym:add")
    for row in rows:
        query_string = row["query_string"] if isinstance(row, dict) else row.query_string
        query_id = row["id"] if isinstance(row, dict) else row.pk
        yield {
            "query_string": query_string,
            "searches": row["searches"] if isinstance(row, dict) else row.searches,
            "synonym_url": f"{synonym_url}?{urlencode({'term': query_string})}",
            "promote_url": reverse("wagtailsearchpromotions:edit", args=[query_id]),
        }


class SearchInsightsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "search/admin/insights.html"
    page_title = "Search insights"
    header_icon = "search"

    def dispatch(self, request, *args, **kwargs):
        if not can_view(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        since = timezone.localdate() - datetime.timedelta(days=DAYS - 1)
        return super().get_context_data(
            days=DAYS,
            top=list(with_actions(top_queries(since))),
            zero=list(with_actions(zero_result_queries(since))),
            **kwargs,
        )
