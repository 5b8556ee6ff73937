"""Every demo page has a Spanish version: live, in Spanish, naming its English page, as complete as the English one."""

import io
from pathlib import Path
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.models import Locale, Page, Revision

from demo.spanish import ES_CONTENT, read_spanish_treatment
from home.models import HomePage
from people.models import ClinicianPage
from treatments.blocks import TreatmentStreamBlock
from treatments.importer import MalformedFile
from treatments.language_review import approved_publish
from treatments.models import TreatmentPage

# The addresses other work relies on (the Spanish search dev set uses the treatment slugs).
SPANISH_URLS = {
    "/": "/es/",
    "/treatments/": "/es/tratamientos/",
    "/treatments/dry-needling/": "/es/tratamientos/puncion-seca/",
    "/treatments/chiropractic-care/": "/es/tratamientos/atencion-quiropractica/",
    "/treatments/physical-therapy/": "/es/tratamientos/fisioterapia/",
    "/treatments/therapeutic-massage/": "/es/tratamientos/masaje-terapeutico/",
    "/treatments/post-surgical-rehabilitation/": "/es/tratamientos/rehabilitacion-posquirurgica/",
    "/treatments/shockwave-therapy/": "/es/tratamientos/terapia-de-ondas-de-choque/",
    "/treatments/sports-injury-rehabilitation/": "/es/tratamientos/rehabilitacion-de-lesiones-deportivas/",
    "/treatments/instrument-assisted-soft-tissue-mobilization/": (
        "/es/tratamientos/movilizacion-de-tejidos-blandos-con-instrumentos/"
    ),
    "/treatments/tmj-therapy/": "/es/tratamientos/terapia-de-la-atm/",
    "/request-an-appointment/": "/es/pedir-una-cita/",
    "/about/": "/es/sobre-nosotros/",
    "/our-team/": "/es/nuestro-equipo/",
    "/locations/": "/es/ubicaciones/",
    "/locations/westminster/": "/es/ubicaciones/westminster/",
    "/locations/arvada/": "/es/ubicaciones/arvada/",
    "/your-first-visit/": "/es/su-primera-visita/",
    "/insurance-and-payment/": "/es/seguro-medico-y-pago/",
    "/notice-of-privacy-practices/": "/es/aviso-de-practicas-de-privacidad/",
    "/accessibility/": "/es/accesibilidad/",
    "/nondiscrimination-notice/": "/es/aviso-de-no-discriminacion/",
}
# Words that would show an English sentence left in a Spanish page's own text.
ENGLISH_WORDS = {"the", "and", "your", "with", "you", "our", "for", "when", "what", "this"}


def load(*args):
    out = io.StringIO()
    call_command("load_demo_content", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def demo(demo_content, db):
    """The demo site (loaded once for the module; each test's changes are rolled back)."""


def soup(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return BeautifulSoup(response.content, "html.parser")


def alternate(page, language):
    link = page.select_one(f'link[rel="alternate"][hreflang="{language}"]')
    return link["href"].removeprefix("http://localhost") if link else None


def english_words(text):
    return {word for word in text.lower().replace(",", " ").replace(".", " ").split() if word in ENGLISH_WORDS}


def test_every_english_demo_page_has_a_live_spanish_page_that_names_it(demo, client):
    english_pages = Page.objects.live().filter(locale__language_code="en", depth__gt=1)
    clinicians = {page.url for page in ClinicianPage.objects.live().filter(locale__language_code="en")}
    expected = {**SPANISH_URLS, **{url: f"/es/nuestro-equipo{url.removeprefix('/our-team')}" for url in clinicians}}
    assert {page.url for page in english_pages} == set(expected)
    for english_url, spanish_url in expected.items():
        spanish = soup(client, spanish_url)
        assert spanish.html["lang"] == "es", spanish_url
        assert alternate(spanish, "en") == english_url, spanish_url
        assert alternate(soup(client, english_url), "es") == spanish_url, english_url
    assert Page.objects.filter(locale__language_code="es", live=False).count() == 0


def test_spanish_treatments_are_as_complete_as_the_english_ones(demo):
    stream_block = TreatmentStreamBlock()
    spanish_locale = Locale.objects.get(language_code="es")
    for english in TreatmentPage.objects.filter(locale__language_code="en"):
        spanish = english.get_translation(spanish_locale)
        stream_block.clean(spanish.body)  # the block's own validation: required sections, no empty items
        blocks = {block.block_type: block.value for block in spanish.body}
        # Dry needling's Spanish text was written before the others and adds a conditions list; the Markdown
        # mirrors have exactly the English page's blocks and items.
        mirrored = english.slug != "dry-needling"
        if mirrored:
            assert [b.block_type for b in spanish.body] == [b.block_type for b in english.body], english.slug
        for block in english.body:
            value, source = blocks[block.block_type], block.value
            assert value["heading"] and value["heading"] != source["heading"], (spanish.slug, block.block_type)
            for name in ("items", "care_cards"):
                if name in source and (mirrored or name == "care_cards"):
                    assert len(value[name]) == len(source[name]), (spanish.slug, block.block_type, name)
                elif name in source:
                    assert value[name], (spanish.slug, block.block_type, name)
            if "text" in source:
                assert value["text"].source.strip() and value["text"].source != source["text"].source
        safety = next(b.value for b in spanish.body if b.block_type == "safety")
        assert {card["level"] for card in safety["care_cards"]} >= {"urgent", "non_urgent"}, spanish.slug
        assert "<li>" in safety["care_cards"][0]["signs"].source
        assert spanish.summary and len(spanish.summary) <= 300 and spanish.summary != english.summary
        assert spanish.search_description and spanish.also_known_as and spanish.seo_title, spanish.slug
        assert not english_words(f"{spanish.title} {spanish.summary} {spanish.also_known_as}"), spanish.slug
        # Reviewed in English is not reviewed in Spanish (treatments/language_review.py).
        assert (spanish.last_reviewed, spanish.reviewed_by, spanish.reviewer_page) == (None, "", None)
        assert spanish.get_workflow() is not None


def test_spanish_pages_show_spanish_text_link_spanish_pages_and_feature_spanish_treatments(demo, client):
    page = soup(client, "/es/tratamientos/atencion-quiropractica/")
    text = page.main.get_text(" ", strip=True)
    assert "¿Es segura la atención quiropráctica?" in text
    assert "No poder controlar la orina o el intestino" in text  # the emergency care card
    assert "¿Me tienen que “tronar” el cuello?" in text  # the FAQ
    # Dry needling's warning signs are care cards too (they were in a field the block no longer has).
    assert "Fiebre después de la sesión" in soup(client, "/es/tratamientos/puncion-seca/").main.get_text()
    marisol = ClinicianPage.objects.get(slug="marisol-ortega", locale__language_code="es")
    assert marisol.job_title == "Fisioterapeuta" and "inglés y en español" in marisol.bio
    assert {page.locale.language_code for page in [*marisol.treatments.all(), *marisol.locations.all()]} == {"es"}
    assert "/es/tratamientos/fisioterapia/" in {a["href"] for a in soup(client, marisol.url).find_all("a")}
    english_home = HomePage.objects.get(locale__language_code="en")
    spanish_home = HomePage.objects.get(locale__language_code="es")
    featured = [item.treatment for item in spanish_home.featured_treatments.all()]
    assert [page.translation_key for page in featured] == [
        item.treatment.translation_key for item in english_home.featured_treatments.all()
    ]
    assert {page.locale.language_code for page in featured} == {"es"}
    for link in soup(client, "/es/").find("nav", attrs={"aria-labelledby": "footer-info-heading"}).find_all("a"):
        assert link["href"].startswith("/es/"), link["href"]


def test_loading_again_changes_nothing_and_adds_only_a_missing_spanish_page(demo):
    pages = list(Page.objects.order_by("path").values_list("path", "title", "live"))
    revisions = Revision.objects.count()
    load()
    load("--if-empty")
    assert list(Page.objects.order_by("path").values_list("path", "title", "live")) == pages
    assert Revision.objects.count() == revisions
    edited = TreatmentPage.objects.get(slug="fisioterapia")
    edited.summary = "Cambiado por el equipo de marketing."
    with approved_publish():  # a Spanish reviewer's approval (treatments/language_review.py)
        edited.save_revision().publish()
    TreatmentPage.objects.get(slug="terapia-de-la-atm").delete()
    created = [line for line in load().splitlines() if line.startswith("created")]
    assert len(created) == 1 and created[0].endswith("/tratamientos/terapia-de-la-atm/"), created
    assert TreatmentPage.objects.get(slug="fisioterapia").summary == "Cambiado por el equipo de marketing."
    assert Page.objects.count() == len(pages)


def test_every_english_demo_treatment_file_has_a_spanish_mirror():
    english = {path.name for path in (Path(ES_CONTENT).parent / "treatments").glob("*.md")}
    assert {path.name for path in (ES_CONTENT / "treatments").glob("*.md")} == english


def test_a_spanish_file_that_does_not_mirror_the_english_sections_is_refused(tmp_path):
    kinds = ["overview", "how_it_works", "benefits", "safety", "conditions"]
    english = SimpleNamespace(slug="tmj-therapy", body=[SimpleNamespace(block_type=kind) for kind in kinds])
    assert read_spanish_treatment(ES_CONTENT / "treatments" / "tmj-therapy.md", english)["slug"] == "terapia-de-la-atm"
    source = (ES_CONTENT / "treatments" / "tmj-therapy.md").read_text(encoding="utf-8")
    short = tmp_path / "tmj-therapy.md"
    short.write_text(source[: source.index("## Qué tratamos")], encoding="utf-8")
    with pytest.raises(MalformedFile, match='one "## " section for each of the English page\'s blocks'):
        read_spanish_treatment(short, english)
    bare = tmp_path / "bare.md"
    bare.write_text(source.split("---\n", 2)[2], encoding="utf-8")
    with pytest.raises(MalformedFile, match="between two"):
        read_spanish_treatment(bare, english)
