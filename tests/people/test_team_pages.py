"""The team index and clinician pages as visitors see them: who, what the letters mean, where, which language."""

from bs4 import BeautifulSoup

from core import page_cache
from people.models import Credential


def soup(client, path, **params):
    response = client.get(path, params)
    assert response.status_code == 200, path
    return BeautifulSoup(response.content, "html.parser")


def names(page):
    return [a.get_text(strip=True) for a in page.select(".person-card .card__title a")]


def test_the_team_index_lists_every_live_clinician(client, team, make_clinician):
    make_clinician("Draft Person", live=False)
    assert names(soup(client, "/our-team/")) == ["Jorge Castillo", "Marisol Ortega"]


def test_the_team_filters_by_language_location_and_treatment(client, team):
    assert names(soup(client, "/our-team/", language="sp")) == ["Marisol Ortega"]
    assert names(soup(client, "/our-team/", location="westminster")) == ["Marisol Ortega"]
    assert names(soup(client, "/our-team/", treatment="chiropractic-care")) == ["Jorge Castillo"]
    assert names(soup(client, "/our-team/", location="arvada", language="en")) == ["Jorge Castillo", "Marisol Ortega"]


def test_a_filter_link_keeps_the_other_choices_and_marks_the_current_one(client, team):
    page = soup(client, "/our-team/", location="arvada")
    current = page.select('nav[aria-labelledby="filter-location-heading"] a[aria-current="page"]')
    assert [a.get_text() for a in current] == ["Arvada"]
    spanish = page.find("a", string="Spanish")
    assert spanish["href"] == "/our-team/?location=arvada&language=sp"


def test_an_unknown_filter_value_shows_nobody_and_is_not_cached(client, team):
    response = client.get("/our-team/", {"language": "klingon"})
    assert response.status_code == 200
    assert "Nobody matches" in response.content.decode()
    assert response.get("X-Cache") != "HIT"
    assert client.get("/our-team/", {"language": "klingon"}).get("X-Cache") != "HIT"
    bad = client.get("/our-team/", {"treatment": "\x00<script>"})
    assert bad.status_code == 200


def test_without_a_portrait_the_initials_stand_in(client, team):
    card = soup(client, "/our-team/").select_one(".person-card")
    initials = card.select_one(".portrait--initials")
    assert initials.get_text() == "JC"
    assert initials["aria-hidden"] == "true"
    assert not card.find("img")


def test_credentials_say_what_they_mean(client, team):
    Credential.objects.filter(abbreviation="DPT").update(meaning="Doctor of Physical Therapy")
    page = soup(client, "/our-team/marisol-ortega/")
    summaries = {s.get_text(): s["title"] for s in page.select(".credential summary")}
    assert summaries["DPT"] == "Doctor of Physical Therapy"
    assert "Doctor of Physical Therapy" in page.get_text()


def test_a_clinician_page_shows_treatments_languages_locations_and_a_request_link(client, team):
    page = soup(client, "/our-team/marisol-ortega/")
    links = {a.get_text(): a["href"] for a in page.select("main a")}
    assert links["Dry Needling"] == "/treatments/dry-needling/"
    assert links["Arvada"] == "/locations/arvada/"
    assert links["Westminster"] == "/locations/westminster/"
    assert links["Request an appointment"] == "/request-an-appointment/?clinician=marisol-ortega"
    assert "English, Spanish" in page.get_text()
    assert "Accepting new patients" in page.get_text()


def test_a_clinician_not_taking_patients_says_so_and_offers_no_request(client, team, make_clinician):
    make_clinician("Lucia Pereira", accepting_new_patients=False)
    page = soup(client, "/our-team/lucia-pereira/")
    assert "Not taking new patients" in page.get_text()
    assert not page.select("main a.button")


def test_an_unpublished_treatment_or_location_is_not_linked(client, team):
    team["needling"].unpublish()
    team["westminster"].unpublish()
    page_cache.invalidate()
    text = str(soup(client, "/our-team/marisol-ortega/"))
    assert "/treatments/dry-needling/" not in text
    assert "/locations/westminster/" not in text
