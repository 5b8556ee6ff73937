"""Location pages and the footer: each place with its own address, hours, directions and team."""

from bs4 import BeautifulSoup


def soup(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return BeautifulSoup(response.content, "html.parser")


def test_a_location_page_has_address_hours_directions_notes_and_a_request_link(
    client, clinic_settings, appointment_page, make_location
):
    make_location("Arvada", parking="<p>Free parking behind the building.</p>", transit="<p>G Line.</p>")
    page = soup(client, "/locations/arvada/")
    main = page.find("main")
    assert "5720 Grandview Ave" in main.address.get_text()
    directions = main.select_one('a[href^="https://www.google.com/maps/search/"]')
    assert "Get directions" in directions.get_text()
    assert "Grandview" in directions["href"]
    assert main.select_one("[data-open-status]")
    assert "Free parking behind the building." in main.get_text()
    links = {a.get_text(strip=True): a["href"] for a in main.find_all("a")}
    assert links["Request an appointment"] == "/request-an-appointment/?location=arvada"
    assert links["(303) 555-0178"] == "tel:+13035550178"


def test_a_location_lists_its_clinicians_and_the_treatments_they_provide(
    client, clinic_settings, make_location, make_clinician, make_treatment
):
    arvada = make_location("Arvada")
    westminster = make_location("Westminster")
    massage = make_treatment("Therapeutic Massage")
    needling = make_treatment("Dry Needling")
    make_clinician("Hannah Brooks", treatments=[massage], locations=[arvada])
    make_clinician("Thomas Nguyen", treatments=[needling], locations=[westminster])
    main = soup(client, "/locations/arvada/").find("main")
    assert [a.get_text() for a in main.select(".person-card .card__title a")] == ["Hannah Brooks"]
    assert main.find("a", string="Therapeutic Massage")
    assert not main.find("a", string="Dry Needling")


def test_the_locations_index_lists_each_live_location(client, clinic_settings, make_location):
    make_location("Westminster")
    make_location("Arvada")
    make_location("Thornton").unpublish()
    titles = [a.get_text() for a in soup(client, "/locations/").select("main .card__title a")]
    assert titles == ["Arvada", "Westminster"]


def test_with_one_location_the_footer_shows_the_clinic_as_before(client, clinic_settings, make_location):
    make_location("Westminster", street_address="9999 Elsewhere St")
    footer = soup(client, "/").find("footer")
    assert "7000 W 92nd Ave" in footer.get_text()  # the clinic's details
    assert "9999 Elsewhere St" not in footer.get_text()
    assert footer.find("a", string="Locations")["href"] == "/locations/"


def test_with_two_locations_the_footer_lists_each(client, clinic_settings, make_location, team_index):
    make_location("Westminster", street_address="7400 W 92nd Ave")
    make_location("Arvada")
    footer = soup(client, "/").find("footer")
    places = [a.get_text() for a in footer.select(".location-list .contact-list__label")]
    assert places == ["Arvada", "Westminster"]
    assert "5720 Grandview Ave" in footer.get_text() and "7400 W 92nd Ave" in footer.get_text()
    assert footer.find("a", string="Our team")["href"] == "/our-team/"


def test_the_header_links_to_team_and_locations(client, clinic_settings, make_location, team_index):
    make_location("Westminster")
    team_index.save_revision().publish()
    nav = [a.get_text() for a in soup(client, "/").select(".site-nav a")]
    assert "Our team" in nav and "Locations" in nav


def test_latitude_without_longitude_is_refused(locations_index):
    from django.core.exceptions import ValidationError

    from locations.models import LocationPage

    page = LocationPage(
        title="Half",
        slug="half",
        street_address="1 A St",
        locality="X",
        region="CO",
        postal_code="80000",
        phone="1",
        latitude=39,
    )
    try:
        page.clean()
    except ValidationError as error:
        assert "both latitude and longitude" in str(error)
    else:
        raise AssertionError("a half map position was accepted")
