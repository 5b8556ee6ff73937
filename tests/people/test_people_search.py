"""Site search finds clinicians and locations by name, credential, language and place, treatments first."""

import pytest

from search.documents import page_pieces
from tests.factories import ClinicianPageFactory, CredentialFactory, LanguageFactory, LocationPageFactory


def titles(client, query):
    response = client.get("/search/", {"q": query, "format": "json"})
    assert response.status_code == 200
    return [result["title"] for result in response.json()["results"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ortega", "Marisol Ortega"),
        ("castillo", "Jorge Castillo"),
        ("spanish physical therapist", "Marisol Ortega"),
        ("chiropractor arvada", "Jorge Castillo"),
        ("DPT", "Marisol Ortega"),
        ("arvada", "Arvada"),
    ],
)
def test_search_finds_people_and_places(client, team, query, expected):
    assert expected in titles(client, query)[:3]


def test_a_surname_finds_that_clinician_first(client, team):
    assert titles(client, "ortega")[0] == "Marisol Ortega"


def test_a_treatment_word_still_puts_the_treatment_first(client, team):
    assert titles(client, "chiropractic")[0] == "Chiropractic Care"
    assert titles(client, "dry needling")[0] == "Dry Needling"


def test_each_field_of_a_clinician_and_a_location_reaches_a_ranking_field(team_index, locations_index):
    place = LocationPageFactory(parent=locations_index, title="Northglenn", locality="Northglenn")
    person = ClinicianPageFactory(parent=team_index, title="Ana Soto", job_title="Massage therapist")
    person.credentials = [CredentialFactory(abbreviation="LMT", meaning="Licensed massage therapist")]
    person.languages = [LanguageFactory(name="Portuguese", code="pt")]
    person.locations = [place]
    person.save()
    pieces = page_pieces(person)
    assert pieces["title"] == ["Ana Soto"]
    summary = " ".join(pieces["summary"])
    for word in ("Massage therapist", "LMT", "Licensed massage therapist", "Portuguese", "Northglenn"):
        assert word in summary
    assert pieces["body"] == ["Helps people move better."]
    assert page_pieces(place)["also_known_as"] == ["Northglenn"]
