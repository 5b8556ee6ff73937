"""Conditions and body areas in Spanish (issue 17): translations name the English labels on Spanish pages; the
English rows stay what treatments are filed under, in the editor, the importer and the browse filters."""

from functools import partial

import pytest
from bs4 import BeautifulSoup
from django.db import IntegrityError, transaction
from django.urls import reverse

from core import page_cache
from tests.core.test_query_budget import BUDGET, LANGUAGE_QUERIES
from treatments.importer import classify_page
from treatments.models import BodyArea, Condition, TreatmentPage
from treatments.taxonomy import find_label, in_language, labels_for


def english(name):
    """One of the body areas every site starts with (treatments migration 0003)."""
    return BodyArea.objects.get(name=name, locale__language_code="en")


@pytest.fixture
def knee(name_in_spanish):
    area = english("Knee")
    name_in_spanish(area, "Rodilla")
    return area


@pytest.fixture
def spanish_treatments(make_treatment, spanish_index, translate, knee, name_in_spanish):
    heel = Condition.objects.create(name="Plantar fasciitis")
    name_in_spanish(heel, "Fascitis plantar")
    shoulder = english("Shoulder")  # not translated: shown with its English name
    physio = make_treatment("Physical Therapy", body_areas=[knee], conditions=[heel])
    massage = make_treatment("Massage Therapy", body_areas=[shoulder])
    return {
        "fisio": translate(physio, title="Fisioterapia", slug="fisioterapia"),
        "masaje": translate(massage, title="Masaje terapéutico", slug="masaje-terapeutico"),
    }


def soup(client, path, params=None):
    response = client.get(path, params or {})
    assert response.status_code == 200, path
    return BeautifulSoup(response.content, "html.parser")


def tiles(page):
    return {a.get_text(strip=True): a["href"] for a in page.select(".browse__tile a")}


def choices(edit, field):
    return [box.parent.get_text(strip=True) for box in edit.select(f'input[type="checkbox"][name="{field}"]')]


def test_the_spanish_index_tiles_name_the_body_areas_in_spanish_with_spanish_links(client, spanish_treatments):
    assert tiles(soup(client, "/es/tratamientos/")) == {
        "Shoulder": "/es/tratamientos/?area=shoulder",
        "Rodilla": "/es/tratamientos/?area=rodilla",
    }
    assert tiles(soup(client, "/treatments/")) == {
        "Knee": "/treatments/?area=knee",
        "Shoulder": "/treatments/?area=shoulder",
    }


@pytest.mark.parametrize("slug", ["rodilla", "knee"])
def test_the_spanish_index_filters_by_the_spanish_slug_or_the_english_one(client, spanish_treatments, slug):
    page = soup(client, "/es/tratamientos/", {"area": slug})
    assert page.h1.get_text(strip=True) == "Tratamientos para rodilla"
    text = page.get_text(" ")
    assert "Fisioterapia" in text and "Masaje terapéutico" not in text
    assert page.select_one('.browse__tile a[aria-current="page"]').get_text(strip=True) == "Rodilla"


def test_the_english_index_does_not_take_a_spanish_slug(client, spanish_treatments):
    page = soup(client, "/treatments/", {"area": "rodilla"})
    assert "Treatments for" not in page.h1.get_text()


def test_the_spanish_index_names_a_condition_filter_in_spanish(client, spanish_treatments):
    page = soup(client, "/es/tratamientos/", {"condition": "fascitis-plantar"})
    assert page.h1.get_text(strip=True) == "Tratamientos para fascitis plantar"


def test_find_label_always_returns_the_english_row(knee):
    assert find_label(BodyArea, "rodilla", language="es") == knee
    assert find_label(BodyArea, "knee", language="es") == knee
    assert find_label(BodyArea, "rodilla", language="en") is None


def test_labels_are_shown_in_the_active_language_with_one_query(knee, name_in_spanish, django_assert_num_queries):
    name_in_spanish(english("Ankle and foot"), "Tobillo y pie")
    untranslated = english("Jaw")
    areas = list(BodyArea.objects.filter(locale__language_code="en", name__in=["Ankle and foot", "Jaw", "Knee"]))
    with django_assert_num_queries(1):
        shown = in_language(areas, language="es")
    assert [area.name for area in shown] == ["Jaw", "Rodilla", "Tobillo y pie"]
    assert shown[1] == knee and shown[1].slug == "rodilla"  # the same label, shown in Spanish
    with django_assert_num_queries(0):
        assert [area.name for area in in_language(areas, language="en")] == ["Ankle and foot", "Jaw", "Knee"]
    assert untranslated in shown
    with pytest.raises(ValueError):
        shown[1].save()  # a label shown in Spanish is never saved over the English row
    knee.refresh_from_db()
    assert knee.name == "Knee"


def test_names_and_slugs_are_unique_per_language(knee, spanish_locale):
    BodyArea.objects.create(name="Rodilla", slug="rodilla")  # an English row may share the Spanish name
    with pytest.raises(IntegrityError), transaction.atomic():
        BodyArea.objects.create(name="Rodilla", slug="rodilla-2", locale=spanish_locale)


def test_the_editor_offers_only_the_english_labels(admin_client, spanish_treatments):
    english_names = BodyArea.objects.filter(locale__language_code="en").values_list("name", flat=True)
    assert "Knee" in english_names and "Rodilla" not in english_names
    physio = TreatmentPage.objects.get(slug="physical-therapy")
    for page in (physio, spanish_treatments["fisio"]):
        edit = soup(admin_client, reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert choices(edit, "body_areas") == list(english_names)
        assert choices(edit, "conditions") == ["Plantar fasciitis"]


def test_a_search_term_offers_each_body_area_once(admin_client, knee):
    add = soup(admin_client, reverse("wagtailsnippets_site_search_searchterm:add"))
    offered = [
        option.get_text(strip=True) for option in add.select('select[name="body_area"] option') if option["value"]
    ]
    assert "Knee" in offered
    assert "Rodilla" not in offered
    assert len(offered) == BodyArea.objects.filter(locale__language_code="en").count()


def test_the_importer_files_pages_under_english_labels_only(knee, name_in_spanish, make_treatment):
    # A Spanish name an English condition list happens to use still makes (or finds) an English row.
    heel = Condition.objects.create(name="Plantar fasciitis")
    name_in_spanish(heel, "Bursitis")
    (found,) = labels_for(Condition, ["Bursitis"])
    assert found.locale.language_code == "en" and found != heel
    assert labels_for(Condition, ["plantar fasciitis"]) == [heel]
    page = make_treatment("Knee Care")
    page.body = [("conditions", {"heading": "Conditions we treat", "items": ["Rodilla pain", "Knee pain"]})]
    classify_page(page)
    assert list(page.body_areas.all()) == [knee]


def rendered_queries(client, path, params, *, django_assert_max_num_queries, budget):
    assert client.get(path, params).status_code == 200  # warm Wagtail's per-process lookups
    page_cache.invalidate()  # rendered, not served from the page cache
    with django_assert_max_num_queries(budget) as queries:
        assert client.get(path, params).status_code == 200
    return len(queries)


# What a Spanish page costs beyond its English page before any label is named (measured): finding the Spanish
# home page and the page's own translation on the way in, and the Spanish locale.
SPANISH_ROUTING = 3


@pytest.mark.parametrize(("english_params", "params"), [({}, {}), ({"area": "knee"}, {"area": "rodilla"})])
def test_the_spanish_index_names_its_labels_in_one_query_however_many(
    client,
    spanish_treatments,
    make_treatment,
    translate,
    name_in_spanish,
    django_assert_max_num_queries,
    english_params,
    params,
):
    count = partial(rendered_queries, client, django_assert_max_num_queries=django_assert_max_num_queries)
    english_count = count("/treatments/", english_params, budget=BUDGET + LANGUAGE_QUERIES)
    # One query for the Spanish names of every label the page shows (tiles and filter heading together).
    budget = english_count + SPANISH_ROUTING + 1
    before = count("/es/tratamientos/", params, budget=budget)
    for name, spanish_name in [("Neck", "Cuello"), ("Jaw", "Mandíbula"), ("Head", "Cabeza")]:
        name_in_spanish(english(name), spanish_name)
        page = make_treatment(f"{name} care", body_areas=[english(name)])
        translate(page, title=f"Cuidado: {spanish_name}", slug=f"cuidado-{english(name).slug}")
    assert count("/es/tratamientos/", params, budget=budget) == before
    assert len(tiles(soup(client, "/es/tratamientos/"))) == 5


def test_english_pages_keep_english_links_after_a_spanish_page_is_shown(client, spanish_treatments):
    # The site's links are kept per language: a Spanish page shown first must not give English pages its links.
    assert soup(client, "/es/tratamientos/").select('a[href="/es/tratamientos/"]')
    english = soup(client, "/treatments/", {"area": "knee"})
    assert english.select('a[href="/treatments/"]')
    assert not english.select('a[href^="/es/tratamientos/"]')


def test_editors_translate_conditions_and_body_areas_with_wagtail_localize(admin_client, knee, spanish_locale):
    heel = Condition.objects.create(name="Plantar fasciitis")
    for label in (heel, knee):
        model = type(label)._meta
        listing = admin_client.get(reverse(f"wagtailsnippets_treatments_{model.model_name}:list"), {"locale": "en"})
        assert listing.status_code == 200
        translate = reverse(
            "wagtail_localize:submit_snippet_translation", args=["treatments", model.model_name, label.pk]
        )
        # Offered for the condition, which has no Spanish name yet; the knee has one (Rodilla).
        assert (translate in listing.content.decode()) is (label == heel)
    spanish_listing = admin_client.get(reverse("wagtailsnippets_treatments_bodyarea:list"), {"locale": "es"})
    assert "Rodilla" in spanish_listing.content.decode()
    response = admin_client.post(
        reverse("wagtail_localize:submit_snippet_translation", args=["treatments", "condition", heel.pk]),
        {"locales": [spanish_locale.pk]},
    )
    assert response.status_code == 302
    assert heel.get_translation(spanish_locale).name == "Plantar fasciitis"  # a draft copy for the translator
