"""Search words that may identify a person are never stored; what is stored expires (search/stored_queries.py)."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion

from search.models import ZeroResultDailyHits

IDENTIFYING = [
    "Jane Doe 303-555-0142",
    "(303) 555 0142",
    "jane.doe@example.com",
    "jane doe at gmail com @",
    "www.janedoe.example",
    "https://portal.example/patient",
    "MRN A1234567",
    "dob 4/12/1980 knee",
    "claim ABCDEFGHJKLMNPQRSTUVWXYZ",  # a reference that is not a word
    "my name is jane doe and my knee hurts after surgery",  # a message, not a search
    "１２３ 番地",  # digits in any script
]


@pytest.fixture
def searched(client, make_treatment):
    make_treatment("Dry Needling")

    def search(q, **params):
        for fmt in ("html", "json"):
            assert client.get("/search/", {"q": q, "format": fmt, **params}).status_code == 200

    return search


@pytest.mark.parametrize("q", IDENTIFYING)
def test_identifying_searches_are_answered_but_not_stored(searched, admin_client, q):
    searched(q)
    assert not Query.objects.exists()
    assert not QueryDailyHits.objects.exists()
    assert not ZeroResultDailyHits.objects.exists()
    report = admin_client.get("/admin/reports/search-insights/").content.decode()
    for word in ("jane", "0142", "a1234567", "abcdefghjk"):
        assert word not in report.lower()


def test_ordinary_searches_are_stored_as_words_only(searched):
    searched("Dry-needling?!")
    searched("  XYLOPHONE  therapy ")
    assert sorted(Query.objects.values_list("query_string", flat=True)) == ["dry needling", "xylophone therapy"]
    assert Query.get("dry needling").hits == 2  # the html and the json search
    assert list(ZeroResultDailyHits.objects.values_list("query__query_string", flat=True)) == ["xylophone therapy"]


def test_an_editors_promotion_still_shows_for_words_that_are_not_stored(client, make_treatment):
    page = make_treatment("Long Covid Rehabilitation")
    SearchPromotion.objects.create(query=Query.get("covid 19"), page=page, description="Our programme")
    data = client.get("/search/", {"q": "Covid-19", "format": "json"}).json()
    assert data["results"][0]["title"] == "Long Covid Rehabilitation"
    assert list(Query.objects.values_list("query_string", flat=True)) == ["covid 19"]  # no new row


def stored(query_string, days_ago, zero=False):
    query = Query.objects.create(query_string=query_string)
    date = timezone.localdate() - datetime.timedelta(days=days_ago)
    QueryDailyHits.objects.create(query=query, date=date, hits=3)
    if zero:
        ZeroResultDailyHits.objects.create(query=query, date=date, hits=3)
    return query


def purge(*args):
    out = StringIO()
    call_command("purge_search_queries", *args, stdout=out)
    return out.getvalue()


def test_purge_deletes_old_and_identifying_queries_and_keeps_promotions(db, settings, make_treatment):
    settings.SEARCH_QUERY_RETENTION_DAYS = 30
    recent = stored("needling", 29)
    stored("xylophone", 31, zero=True)
    stored("jane doe 303 555 0142", 1, zero=True)  # stored before identifying words were refused
    promoted = stored("covid 19", 45)
    SearchPromotion.objects.create(query=promoted, page=make_treatment("Long Covid"), description="")

    dry = purge("--dry-run")
    assert Query.objects.count() == 4 and QueryDailyHits.objects.count() == 4
    output = purge()
    assert dry.replace("would be deleted", "deleted") == output
    assert "3 daily search count(s) older than 30 days and 2 stored search(es) deleted" in output
    for word in ("needling", "xylophone", "jane", "0142", "covid"):
        assert word not in output  # counts only
    assert sorted(Query.objects.values_list("query_string", flat=True)) == ["covid 19", "needling"]
    assert list(QueryDailyHits.objects.values_list("query", flat=True)) == [recent.pk]
    assert not ZeroResultDailyHits.objects.exists()


def test_retention_defaults_to_thirty_days_and_wagtails_own_cleanup_agrees(settings):
    from clinic_site.settings import base

    assert base.SEARCH_QUERY_RETENTION_DAYS == 30
    assert base.WAGTAILSEARCH_HITS_MAX_AGE == base.SEARCH_QUERY_RETENTION_DAYS
