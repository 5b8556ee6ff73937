"""A treatment without editor-chosen related treatments suggests the ones after it in the list's tree
order, continuing from the first, read along the path index: no render sorts all siblings (issue 18)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

TITLES = ["Acupuncture", "Bracing", "Cupping", "Dry Needling", "Electrotherapy"]


@pytest.fixture
def treatments(make_treatment):
    return [make_treatment(title) for title in TITLES]


def titles(pages):
    return [page.title for page in pages]


def test_the_next_ones_in_tree_order_continuing_from_the_first(treatments):
    assert titles(treatments[1].get_related_treatments()) == ["Cupping", "Dry Needling", "Electrotherapy"]
    assert titles(treatments[3].get_related_treatments()) == ["Electrotherapy", "Acupuncture", "Bracing"]
    assert titles(treatments[4].get_related_treatments(limit=2)) == ["Acupuncture", "Bracing"]


def test_drafts_are_not_suggested(treatments, make_treatment):
    make_treatment("Cryotherapy", live=False)
    assert "Cryotherapy" not in titles(treatments[4].get_related_treatments(limit=10))


def test_suggestions_are_read_in_path_order_never_sorted_by_title(treatments):
    with CaptureQueriesContext(connection) as captured:
        treatments[4].get_related_treatments()
    suggestion_queries = [q["sql"] for q in captured.captured_queries if 'FROM "treatments_treatmentpage"' in q["sql"]]
    assert suggestion_queries
    assert all('ORDER BY "wagtailcore_page"."path"' in sql for sql in suggestion_queries)
    assert not any('"title" ASC' in sql for sql in suggestion_queries)
