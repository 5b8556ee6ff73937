"""Which search words are kept for Search insights and promotions, and for how long.

Visitors type names, phone numbers, email addresses and diagnoses into search. Insights need only the
words people use for treatments and conditions, so a query that looks like contact details or an
identifier (any digit, an "@", a web address, a long word or a long query) is never stored, and what
is stored is only the lowercased words, no punctuation. Words that describe an emergency ("numb groin",
"suicidal") say something about someone's health right now, and are never stored either.
`manage.py purge_search_queries` deletes the rest after SEARCH_QUERY_RETENTION_DAYS.
"""

import datetime

from django.conf import settings
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

from .emergency import emergencies_for
from .models import ZeroResultDailyHits
from .query import search_terms

MAX_WORDS = 5  # "pain in lower back when sitting" is a search; a paragraph is a message
MAX_CHARS = 40
MAX_WORD_CHARS = 20  # longer words are reference numbers, tokens or run-together names, not treatments
IDENTIFYING_MARKS = ("@", "://", "www.")


def query_key(search_query):
    """The words of a query as stored: lowercase, single spaces, no punctuation."""
    return normalise_query_string(search_terms(search_query))


def may_store(search_query):
    """False for anything that could identify a person or describes an emergency (see the module's docstring)."""
    lowered = search_query.lower()
    if any(ch.isdigit() for ch in lowered) or any(mark in lowered for mark in IDENTIFYING_MARKS):
        return False
    if emergencies_for(search_query):
        return False
    words = query_key(search_query).split()
    return (
        0 < len(words) <= MAX_WORDS
        and len(" ".join(words)) <= MAX_CHARS
        and all(len(word) <= MAX_WORD_CHARS for word in words)
    )


def recorded_query(search_query):
    """The Query to count this search against, or None when it must not be stored.

    A query that may not be stored still finds an editor's promotion for exactly its words: the editor
    wrote those, no visitor did, so counting them reveals nothing new.
    """
    key = query_key(search_query)
    if may_store(search_query):
        return Query.get(key)
    return Query.objects.filter(query_string=key, editors_picks__isnull=False).distinct().first()


def purge(days=None, dry_run=False):
    """Delete search counts older than the retention period, and every stored query nobody may keep
    (identifying ones stored before this rule, and ones left with no counts); editors' promotions stay.
    Returns the numbers deleted: {"days": …, "queries": …}."""
    days = settings.SEARCH_QUERY_RETENTION_DAYS if days is None else days
    cutoff = timezone.localdate() - datetime.timedelta(days=days)
    old_days = (
        QueryDailyHits.objects.filter(date__lt=cutoff).count()
        + ZeroResultDailyHits.objects.filter(date__lt=cutoff).count()
    )
    promoted = Query.objects.filter(editors_picks__isnull=False).values("pk")
    unpromoted = Query.objects.exclude(pk__in=promoted)
    identifying = [query.pk for query in unpromoted.only("query_string") if not may_store(query.query_string)]
    if dry_run:
        recent = set(QueryDailyHits.objects.filter(date__gte=cutoff).values_list("query_id", flat=True))
        emptied = unpromoted.exclude(pk__in=recent).exclude(pk__in=identifying).count()
        return {"days": old_days, "queries": len(identifying) + emptied}
    QueryDailyHits.objects.filter(date__lt=cutoff).delete()
    ZeroResultDailyHits.objects.filter(date__lt=cutoff).delete()
    deleted = Query.objects.filter(pk__in=identifying).delete()[1].get(Query._meta.label, 0)
    deleted += unpromoted.filter(daily_hits__isnull=True).delete()[1].get(Query._meta.label, 0)
    return {"days": old_days, "queries": deleted}
