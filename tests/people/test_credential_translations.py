"""What the letters mean, in the page's language (issue 17): a Spanish clinician page explains "DPT" in
Spanish once an editor has translated the credential, and every page stays filed under the English one."""

import json

import pytest
from bs4 import BeautifulSoup
from django.db import IntegrityError, transaction
from django.urls import reverse
from wagtail.models import Locale

from people.models import ClinicianPage
from people.taxonomy import Credential


@pytest.fixture
def spanish_marisol(team, home_page, team_index, translate):
    translate(home_page, title="Inicio", slug="inicio")
    translate(team_index, title="Nuestro equipo", slug="nuestro-equipo")
    return translate(team["marisol"], job_title="Fisioterapeuta")


def credential(abbreviation):
    return Credential.objects.get(abbreviation=abbreviation, locale=Locale.get_default())


def in_spanish(abbreviation, meaning, spanish_locale):
    translation = credential(abbreviation).copy_for_translation(spanish_locale)
    translation.meaning = meaning
    translation.save()
    return translation


@pytest.fixture
def doctorado(spanish_marisol, spanish_locale):
    return in_spanish("DPT", "Doctorado en Fisioterapia", spanish_locale)


def page_soup(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_a_spanish_page_says_what_the_letters_mean_in_spanish(client, doctorado, spanish_marisol, team):
    spanish = page_soup(client, spanish_marisol)
    assert "Doctorado en Fisioterapia" in [span.get_text(strip=True) for span in spanish.select(".credential__meaning")]
    assert "Doctorado en Fisioterapia" in spanish.select_one("main").get_text(" ")
    assert "Meaning of DPT" not in str(spanish)
    # A credential nobody translated keeps the editors' words rather than showing nothing.
    assert "Meaning of PT" in str(spanish)
    english = page_soup(client, team["marisol"])
    assert "Meaning of DPT" in str(english)
    assert "Doctorado en Fisioterapia" not in str(english)


def test_spanish_structured_data_names_the_credential_in_spanish(client, doctorado, spanish_marisol):
    soup = page_soup(client, spanish_marisol)
    people = [
        json.loads(script.string)
        for script in soup.select('script[type="application/ld+json"]')
        if "hasCredential" in script.string
    ]
    names = {item["alternateName"]: item["name"] for person in people for item in person["hasCredential"]}
    assert names["DPT"] == "Doctorado en Fisioterapia"


def test_the_spanish_search_document_carries_the_spanish_meaning(doctorado, spanish_marisol):
    page = ClinicianPage.objects.get(pk=spanish_marisol.pk)
    assert "Doctorado en Fisioterapia" in page.search_document_fields()["summary"]


def test_a_changed_translation_shows_on_the_next_request(client, doctorado, spanish_marisol):
    page_soup(client, spanish_marisol)  # kept until the next change
    doctorado.meaning = "Doctor en Fisioterapia"
    doctorado.save()
    assert "Doctor en Fisioterapia" in str(page_soup(client, spanish_marisol))


def test_spanish_pages_stay_filed_under_the_english_credentials(doctorado, spanish_marisol):
    assert {c.locale.language_code for c in spanish_marisol.credentials.all()} == {"en"}


def test_the_editor_offers_each_credential_once(doctorado, spanish_marisol):
    form_class = ClinicianPage.get_edit_handler().get_form_class()
    form = form_class(instance=spanish_marisol, for_user=None)
    offered = list(form.fields["credentials"].queryset)
    assert doctorado not in offered
    assert credential("DPT") in offered


def test_the_same_letters_can_be_translated_but_not_repeated_in_one_language(doctorado, spanish_locale):
    with pytest.raises(IntegrityError), transaction.atomic():
        Credential.objects.create(abbreviation="DPT", meaning="Again", locale=Locale.get_default())


def test_editors_translate_a_credential_with_wagtail_localize(admin_client, team, spanish_locale):
    dpt = credential("DPT")
    listing = admin_client.get(reverse("wagtailsnippets_people_credential:list"), {"locale": "en"})
    translate = reverse("wagtail_localize:submit_snippet_translation", args=["people", "credential", dpt.pk])
    assert translate in listing.content.decode()
    response = admin_client.post(translate, {"locales": [spanish_locale.pk]})
    assert response.status_code == 302
    copy = dpt.get_translation(spanish_locale)
    # A draft copy for the translator: the letters and the physician flag are kept, the meaning is to translate.
    assert (copy.abbreviation, copy.is_physician, copy.meaning) == ("DPT", False, "Meaning of DPT")


@pytest.mark.django_db
def test_a_credential_added_without_a_language_is_filed_in_the_default_one(spanish_locale):
    # Wagtail's own pre_save sets the default locale of any translatable model; the editor's form has no field.
    added = Credential.objects.create(abbreviation="OCS", meaning="Orthopaedic Clinical Specialist")
    assert added.locale == Locale.get_default()
