"""The team, clinician and location pages stay within a fixed budget however large the team is.

Ten clinicians here, each with credentials, languages, treatments and two locations: the count does not
grow with them. The budget is the site's page budget plus three: the team's relations are read in one
query each (credentials, languages, locations, treatments), and with two or more locations the footer
lists them (one query).
"""

import pytest

from core import page_cache
from tests.core.test_query_budget import BUDGET, LANGUAGE_QUERIES

TEAM_BUDGET = BUDGET + 3 + LANGUAGE_QUERIES


@pytest.fixture
def big_team(team, make_clinician):
    for n in range(8):
        make_clinician(
            f"Extra Clinician{n}",
            credentials=["PT", "OCS"],
            languages=["English", "Vietnamese"],
            treatments=[team["needling"], team["chiropractic"]],
            locations=[team["westminster"], team["arvada"]],
        )
    return team


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/our-team/", {}),
        ("/our-team/", {"language": "vi", "location": "arvada"}),
        ("/our-team/marisol-ortega/", {}),
        ("/locations/", {}),
        ("/locations/arvada/", {}),
        ("/treatments/dry-needling/", {}),
        ("/request-an-appointment/", {"location": "arvada", "clinician": "marisol-ortega"}),
    ],
)
def test_an_uncached_view_takes_at_most_the_budget(client, big_team, django_assert_max_num_queries, path, params):
    assert client.get(path, params).status_code == 200  # warm Wagtail's per-process lookups
    page_cache.invalidate()
    with django_assert_max_num_queries(TEAM_BUDGET):
        response = client.get(path, params)
    assert response.status_code == 200
    assert response.get("X-Cache") != "HIT"
