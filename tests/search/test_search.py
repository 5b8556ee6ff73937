import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from home.models import ContentPage
from tests.conftest import core_body

HOSTILE_QUERIES = [
    '"dry needling"',
    '"unbalanced',
    "*",
    "needl*",
    "NEAR(dry needling)",
    "dry AND OR NOT needling",
    "a\x00b",
    "\x00",
    "x" * 5000,
    " ".join(["pain"] * 500),
    " ".join(f"word{i}" for i in range(300)),
    "💆‍♀️ massage 🤕",
    "'; DROP TABLE wagtailcore_page; --",
    "<script>alert(1)</script>",
    "%",
    "_",
    "\\",
    "(((",
    ")",
    "-",
    "+needling -dry",
    "title:needling",
    "^~{}[]",
    "\t\n\r",
    "ǅ ÿ ß İ",
]


@pytest.fixture
def treatments(make_treatment):
    needling = make_treatment("Dry Needling")
    safety_word_body = core_body("massage")
    # "zygapophyseal" appears nowhere but in one safety item.
    safety_word_body[3][1]["items"].append({"label": "Joints", "text": "We avoid zygapophyseal irritation."})
    massage = make_treatment("Massage Therapy", body=safety_word_body)
    return needling, massage


def test_word_only_in_a_safety_item_is_found(client, treatments):
    _, massage = treatments
    data = client.get("/search/", {"q": "zygapophyseal", "format": "json"}).json()
    assert [r["url"] for r in data["results"]] == [massage.url]


def test_json_format(client, treatments):
    needling, _ = treatments
    response = client.get("/search/", {"q": "needling", "format": "json"})
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert data["query"] == "needling"
    assert data["page"] == 1
    assert data["total"] == 1
    assert data["results"] == [
        {"title": "Dry Needling", "url": "/treatments/dry-needling/", "summary": needling.summary}
    ]


def test_html_and_json_list_results_in_the_same_order(client, treatments):
    html = client.get("/search/", {"q": "overview"}).content.decode()
    data = client.get("/search/", {"q": "overview", "format": "json"}).json()
    urls = [r["url"] for r in data["results"]]
    assert len(urls) == 2
    positions = [html.index(f'href="{url}"', html.index("<main")) for url in urls]
    assert positions == sorted(positions)


def test_drafts_are_not_found(client, make_treatment):
    make_treatment("Cupping Therapy", live=False)
    data = client.get("/search/", {"q": "cupping", "format": "json"}).json()
    assert data["results"] == []
    assert data["total"] == 0


def test_query_is_logged_and_promotions_come_first(client, treatments, home_page):
    needling, massage = treatments
    about = home_page.add_child(instance=ContentPage(title="About massage", slug="about", summary="Who we are."))
    query = Query.get("massage")
    SearchPromotion.objects.create(query=query, page=about, description="Meet our massage team")
    SearchPromotion.objects.create(query=query, page=massage, description="Our massage page")

    data = client.get("/search/", {"q": "Massage", "format": "json"}).json()

    assert [r["url"] for r in data["results"]][:2] == ["/about/", massage.url]
    assert data["results"][0]["summary"] == "Meet our massage team"
    # A promoted page is not listed a second time among ordinary results.
    assert [r["url"] for r in data["results"]].count(massage.url) == 1
    assert Query.get("massage").hits == 1


def test_pagination(client, make_treatment):
    for n in range(12):
        make_treatment(f"Therapy {n:02d}", slug=f"therapy-{n:02d}")
    first = client.get("/search/", {"q": "therapy", "format": "json"}).json()
    second = client.get("/search/", {"q": "therapy", "format": "json", "page": 2}).json()
    assert first["total"] == second["total"] == 12
    assert len(first["results"]) == 10
    assert len(second["results"]) == 2
    assert second["page"] == 2
    assert not {r["url"] for r in first["results"]} & {r["url"] for r in second["results"]}
    # A page number out of range shows the last page rather than an error.
    assert client.get("/search/", {"q": "therapy", "page": "999"}).status_code == 200
    assert client.get("/search/", {"q": "therapy", "page": "abc"}).status_code == 200


def test_results_page_is_not_indexed_or_cached(client, treatments):
    response = client.get("/search/", {"q": "needling"})
    assert response.status_code == 200
    assert '<meta name="robots" content="noindex' in response.content.decode()
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.parametrize("query", HOSTILE_QUERIES, ids=range(len(HOSTILE_QUERIES)))
@pytest.mark.parametrize("fmt", ["html", "json"])
def test_hostile_queries_return_a_normal_page(client, treatments, query, fmt):
    params = {"q": query}
    if fmt == "json":
        params["format"] = "json"
    response = client.get("/search/", params)
    assert response.status_code == 200
    if fmt == "html":
        assert b"<script>alert(1)</script>" not in response.content


def test_empty_query_shows_the_form(client, treatments):
    response = client.get("/search/")
    assert response.status_code == 200
    assert client.get("/search/", {"format": "json"}).json() == {
        "query": "",
        "emergency": [],
        "corrected_query": "",
        "results": [],
        "total": 0,
        "page": 1,
    }
