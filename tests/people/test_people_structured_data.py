"""JSON-LD of clinicians, locations and the reviewer of a treatment, as search engines read it."""

from decimal import Decimal

from people.models import Credential
from tests.core.seo.conftest import BASE, SCHEMA, by_type, get_soup, json_ld


def test_a_clinician_is_a_person_with_job_languages_credentials_and_employer(client, team):
    person = by_type(json_ld(get_soup(client, "/our-team/marisol-ortega/")), "Person")
    assert person["@context"] == SCHEMA
    assert person["@id"] == BASE + "/our-team/marisol-ortega/#person"
    assert person["name"] == "Marisol Ortega"
    assert person["jobTitle"] == "Physical therapist"
    assert person["knowsLanguage"] == ["en", "sp"]
    assert [c["alternateName"] for c in person["hasCredential"]] == ["DPT", "PT"]
    clinic = {"@type": ["MedicalClinic", "Physiotherapy"], "@id": BASE + "/#clinic"}
    assert {key: person["worksFor"][key] for key in clinic} == clinic
    assert person["memberOf"] == person["worksFor"]
    assert [place["@id"] for place in person["workLocation"]] == [
        BASE + "/locations/arvada/#location",
        BASE + "/locations/westminster/#location",
    ]


def test_a_medical_doctor_is_a_physician(client, team, make_clinician):
    Credential.objects.create(abbreviation="MD", meaning="Doctor of Medicine", is_physician=True)
    make_clinician("Ada Physician", credentials=["MD"], job_title="Sports medicine physician")
    entities = json_ld(get_soup(client, "/our-team/ada-physician/"))
    assert by_type(entities, "Physician")["jobTitle"] == "Sports medicine physician"


def test_a_location_is_a_medical_clinic_of_the_organisation(client, team):
    arvada = team["arvada"]
    arvada.latitude, arvada.longitude = Decimal("39.8009"), Decimal("-105.0816")
    arvada.save_revision().publish()
    clinic = by_type(json_ld(get_soup(client, "/locations/arvada/")), "MedicalClinic")
    assert clinic["@id"] == BASE + "/locations/arvada/#location"
    assert clinic["name"] == "Arvada"
    assert clinic["telephone"] == "+13035550178"
    assert clinic["address"]["streetAddress"] == "5720 Grandview Ave"
    assert clinic["address"]["addressLocality"] == "Arvada"
    assert clinic["geo"] == {"@type": "GeoCoordinates", "latitude": 39.8009, "longitude": -105.0816}
    assert clinic["openingHoursSpecification"][0]["opens"] == "07:30"
    assert clinic["parentOrganization"]["@id"] == BASE + "/#clinic"
    assert clinic["parentOrganization"]["name"] == "Westminster Wellness Clinic"


def test_a_treatments_reviewer_is_the_clinician(client, team):
    needling = team["needling"]
    needling.reviewer_page = team["marisol"]
    needling.save_revision().publish()
    page = by_type(json_ld(get_soup(client, "/treatments/dry-needling/")), "MedicalWebPage")
    assert page["reviewedBy"] == {
        "@type": "Person",
        "@id": BASE + "/our-team/marisol-ortega/#person",
        "name": "Marisol Ortega",
        "url": BASE + "/our-team/marisol-ortega/",
    }


def test_without_a_clinician_page_the_reviewer_is_a_name(client, team):
    page = by_type(json_ld(get_soup(client, "/treatments/dry-needling/")), "MedicalWebPage")
    assert page["reviewedBy"] == {"@type": "Person", "name": "Alex Rivera, PT, DPT"}
