"""Spanish search names conditions and body areas in Spanish (issue 17): a Spanish page is found by its labels'
Spanish names, its result says "Trata: Fascitis plantar", and the next steps of a weak search are in Spanish."""

import pytest
from bs4 import BeautifulSoup

from tests.conftest import core_body
from treatments.models import BodyArea, Condition

pytestmark = pytest.mark.django_db


@pytest.fixture
def heel(db):
    return Condition.objects.create(name="Plantar fasciitis")


@pytest.fixture
def knee(db):
    return BodyArea.objects.get(name="Knee", locale__language_code="en")


@pytest.fixture
def shockwave(home_page, treatment_index, clinic_settings, make_treatment, translate, heel, knee):
    english = make_treatment(
        "Shockwave Therapy", body=core_body("sound waves for stubborn tendons"), conditions=[heel], body_areas=[knee]
    )
    translate(home_page, title="Inicio", slug="inicio")
    translate(treatment_index, title="Tratamientos", slug="tratamientos")
    return english


def spanish_page(shockwave, translate):
    # The Spanish text never names the condition or the area: only the labels can find it by them.
    return translate(
        shockwave,
        title="Terapia de ondas de choque",
        slug="ondas-de-choque",
        summary="Ondas de sonido para tendones que no sanan.",
        body=core_body("ondas de sonido para tendones rebeldes"),
    )


def results(client, q, prefix="/es"):
    response = client.get(f"{prefix}/search/", {"q": q})
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def first_result(page):
    result = page.select_one(".result__title a")
    return result.get_text(strip=True) if result else None


def evidence(page):
    return [p.get_text(" ", strip=True) for p in page.select(".result__evidence")]


def test_a_spanish_result_says_what_it_treats_in_spanish(client, shockwave, translate, name_in_spanish, heel, knee):
    name_in_spanish(heel, "Fascitis plantar")
    name_in_spanish(knee, "Rodilla")
    spanish_page(shockwave, translate)
    found = results(client, "fascitis plantar")
    assert first_result(found) == "Terapia de ondas de choque"
    assert evidence(found)[0] == "Trata: Fascitis plantar"
    found = results(client, "rodilla")
    assert first_result(found) == "Terapia de ondas de choque"
    assert evidence(found)[0] == "Parte del cuerpo: Rodilla"
    english = results(client, "plantar fasciitis", prefix="")
    assert first_result(english) == "Shockwave Therapy"
    assert evidence(english)[0] == "Treats: Plantar fasciitis"


def test_naming_a_label_in_spanish_after_the_page_went_live_reaches_its_search_results(
    client, shockwave, translate, name_in_spanish, heel
):
    spanish = spanish_page(shockwave, translate)
    assert first_result(results(client, "fascitis")) is None
    translation = name_in_spanish(heel, "Fascitis plantar")
    assert evidence(results(client, "fascitis plantar")) == ["Trata: Fascitis plantar"]
    translation.name = "Fascitis plantar (dolor de talón)"
    translation.save()
    assert evidence(results(client, "talon")) == ["Trata: Fascitis plantar (dolor de talón)"]
    translation.delete()  # back to the English name
    assert evidence(results(client, "plantar fasciitis")) == ["Trata: Plantar fasciitis"]
    assert spanish.specific.condition_names() == ["Plantar fasciitis"]


def test_a_weak_spanish_search_offers_the_body_areas_in_spanish(client, shockwave, translate, name_in_spanish, knee):
    name_in_spanish(knee, "Rodilla")
    spanish_page(shockwave, translate)
    html = str(results(client, "xilófono"))
    assert 'href="/es/tratamientos/?area=rodilla">Rodilla</a>' in html
    english = str(results(client, "xylophone", prefix=""))
    assert 'href="/treatments/?area=knee">Knee</a>' in english
