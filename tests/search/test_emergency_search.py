"""An emergency query shows the number to call above any result, on the page, in the JSON and in the
suggestions; it is never stored for Search insights."""

import pytest
from bs4 import BeautifulSoup
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from search.emergency import EmergencySign, forget_signs
from search.emergency_defaults import load_default_signs
from search.models import ZeroResultDailyHits
from search.stored_queries import purge
from tests.conftest import core_body

EMERGENCY = "back pain and numb groin"


@pytest.fixture
def site(make_treatment):
    load_default_signs(EmergencySign)
    forget_signs()
    make_treatment("Chiropractic Care", body=core_body("back pain"), summary="Care for back pain and groin pain.")
    make_treatment("Physical Therapy", body=core_body("back pain"))
    yield
    forget_signs()


def test_emergency_message_comes_before_any_result(client, site):
    soup = BeautifulSoup(client.get("/search/", {"q": EMERGENCY}).content, "html.parser")
    alert = soup.select_one(".emergency-alert")
    assert alert.h2.get_text() == "Emergency: Call 911 now"
    assert alert.select_one('a[href="tel:911"]').get_text() == "Call 911"
    html = str(soup)
    assert soup.select(".result"), "results are still shown, below the message"
    assert html.index("emergency-alert") < html.index('class="result')


def test_suicide_message_gives_988(client, site):
    soup = BeautifulSoup(client.get("/search/", {"q": "sucidal thoughts"}).content, "html.parser")
    assert soup.select_one(".emergency-alert h2").get_text() == "Emergency: Call or text 988 now"
    assert soup.select_one('.emergency-alert a[href="tel:988"]')


@pytest.mark.parametrize("q", ["back pain", "chest stretch", "numb fingers when typing"])
def test_ordinary_queries_show_no_message(client, site, q):
    response = client.get("/search/", {"q": q})
    assert b"emergency-alert" not in response.content
    assert client.get("/search/", {"q": q, "format": "json"}).json()["emergency"] == []
    assert client.get("/search/suggest/", {"q": q}).json()["emergency"] == []


def test_json_carries_the_message_before_the_results(client, site):
    data = client.get("/search/", {"q": EMERGENCY, "format": "json"}).json()
    assert list(data)[:2] == ["query", "emergency"]
    assert data["emergency"][0]["number"] == "911"
    assert data["emergency"][0]["href"] == "tel:911"
    assert "bladder" in data["emergency"][0]["message"]
    assert data["results"]


def test_suggestions_carry_the_message(client, site):
    data = client.get("/search/suggest/", {"q": "cant breathe"}).json()
    assert [e["heading"] for e in data["emergency"]] == ["Call 911 now"]
    assert data["emergency"][0]["call"] == "Call 911"


def test_emergency_queries_are_not_stored(client, site, admin_client):
    for fmt in ("html", "json"):
        client.get("/search/", {"q": "numb groin", "format": fmt})
        client.get("/search/", {"q": "xylophone suicidal", "format": fmt})  # no result either
    assert not Query.objects.exists()
    assert not QueryDailyHits.objects.exists()
    assert not ZeroResultDailyHits.objects.exists()
    report = admin_client.get("/admin/reports/search-insights/").content.decode().lower()
    assert "groin" not in report and "suicidal" not in report


def test_purge_removes_emergency_queries_stored_before_the_rule(site):
    Query.get("numb groin").add_hit()
    Query.get("dry needling").add_hit()
    assert purge()["queries"] == 1
    assert list(Query.objects.values_list("query_string", flat=True)) == ["dry needling"]
