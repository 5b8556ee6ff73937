"""Search in Spanish: /es/search/ finds the Spanish pages only, read as Spanish (stems, folded accents,
stop and question words, typos against the Spanish pages' words, the Spanish lexicon and red flags), and
/search/ keeps to the English pages."""

import pytest
from bs4 import BeautifulSoup

from search.emergency import EmergencySign, forget_signs
from search.emergency_defaults import load_default_signs
from search.emergency_defaults_es import SPANISH_SIGNS
from search.interpretation import interpret
from search.languages import analysing
from search.models import SearchTerm
from search.text import content_stems, stem
from search.vocabulary import get_vocabulary
from tests.conftest import core_body

pytestmark = pytest.mark.django_db


@pytest.fixture
def spanish_site(home_page, treatment_index, make_treatment, translate):
    dry = make_treatment("Dry Needling", body=core_body("dry needling for tight muscles"))
    massage = make_treatment("Massage Therapy", body=core_body("massage for tight muscles"))
    sciatica = make_treatment("Chiropractic Care", summary="Care for sciatica and low back pain.")
    translate(home_page, title="Inicio", slug="inicio")
    translate(treatment_index, title="Tratamientos", slug="tratamientos")
    pages = {
        "puncion": translate(
            dry,
            title="Punción seca",
            slug="puncion-seca",
            summary="Agujas muy finas sueltan los músculos tensos y con nudos para aliviar el dolor.",
            body=core_body("punción seca de los puntos gatillo"),
        ),
        "masaje": translate(
            massage,
            title="Masaje terapéutico",
            slug="masaje-terapeutico",
            summary="Un masaje que relaja los músculos y alivia la tensión.",
            body=core_body("masaje de tejidos profundos"),
        ),
        "quiro": translate(
            sciatica,
            title="Atención quiropráctica",
            slug="atencion-quiropractica",
            summary="Ajustes suaves de la columna para el dolor lumbar y la ciática.",
            body=core_body("ajuste de la columna para la ciática"),
        ),
    }
    return pages


def results(client, q, prefix="/es"):
    response = client.get(f"{prefix}/search/", {"q": q, "format": "json"})
    assert response.status_code == 200
    return response.json()


@pytest.mark.parametrize("q", ["punción seca", "puncion seca", "PUNCION", "puncion sec", "pncion seca", "punsion seca"])
def test_a_missing_accent_or_a_typo_finds_dry_needling_first(client, spanish_site, q):
    data = results(client, q)
    assert data["results"][0]["title"] == "Punción seca"
    assert data["results"][0]["url"] == "/es/tratamientos/puncion-seca/"


def test_a_typo_is_corrected_to_a_word_of_the_spanish_pages(client, spanish_site):
    assert results(client, "pncion seca")["corrected_query"] == "puncion seca"


def test_a_typo_is_never_corrected_to_a_stop_word(client, spanish_site, translate, make_treatment):
    # "seka" is one letter from "seca" and from "sea" (a form of *ser*), which every Spanish page uses.
    page = make_treatment("Shockwave Therapy")
    translate(page, title="Ondas de choque", slug="ondas-de-choque", summary="Puede que sea útil para el talón.")
    assert results(client, "puncoin seka")["corrected_query"] == "puncion seca"


@pytest.mark.parametrize(
    "q", ["¿Dónde hacen punción seca?", "¿cuánto cuesta la punción seca?", "me duelen los nudos del músculo"]
)
def test_question_and_stop_words_do_not_get_in_the_way(client, spanish_site, q):
    assert results(client, q)["results"][0]["title"] == "Punción seca"


def test_spanish_stop_and_question_words_are_dropped():
    with analysing("es"):
        vocabulary = get_vocabulary("es")
        labels = [c.label for c in interpret("¿dónde me hacen una punción seca?", vocabulary).concepts]
    assert "donde" not in " ".join(labels) and "hacen" not in " ".join(labels)
    assert any("puncion" in label for label in labels)


def test_verbs_that_only_hold_a_question_together_are_not_corrected_to_page_words():
    # "hago" sits one letter from "pago" (payment): a question about care must not become one about paying.
    with analysing("es"):
        vocabulary = get_vocabulary("es")
        labels = " ".join(c.label for c in interpret("¿qué hago si tengo ciática?", vocabulary).concepts)
    assert "hago" not in labels and "pago" not in labels


def test_spanish_words_are_stemmed_as_spanish():
    with analysing("es"):
        assert stem("músculos") == stem("musculo")
        assert stem("punciones") == stem("punción")
        assert stem("duele") == stem("dolores")
    assert stem("pains") == stem("pain")  # English outside


def test_spanish_search_finds_only_spanish_pages(client, spanish_site):
    for q in ["masaje", "músculos tensos", "ciática"]:
        urls = [result["url"] for result in results(client, q)["results"]]
        assert urls and all(url.startswith("/es/") for url in urls), (q, urls)


def test_english_search_finds_only_english_pages(client, spanish_site):
    for q in ["dry needling", "massage", "sciatica"]:
        urls = [result["url"] for result in results(client, q, prefix="")["results"]]
        assert urls and not any(url.startswith("/es/") for url in urls), (q, urls)
    for q in ["punción seca", "masaje terapéutico", "atención quiropráctica"]:
        # English search may correct a word to English ("masaje" -> "massage"), never find a Spanish page.
        assert not any(r["url"].startswith("/es/") for r in results(client, q, prefix="")["results"])
    assert results(client, "punción seca", prefix="")["results"] == []


def test_the_spanish_lexicon_maps_sciatica_to_the_lower_back(client, spanish_site):
    with analysing("es"):
        targets = get_vocabulary("es").lexicon.targets(content_stems("ciática"))
        areas = [t.key for t in targets if t.is_area]
        assert content_stems("Lower back") in areas
        assert content_stems("nervio ciático") in [t.key for t in targets]
    assert results(client, "ciatica")["results"][0]["title"] == "Atención quiropráctica"


def test_the_spanish_lexicon_is_not_used_by_english_search(db):
    assert not get_vocabulary().lexicon.targets(content_stems("ciática"))


@pytest.fixture
def signs(db):
    load_default_signs(EmergencySign)
    load_default_signs(EmergencySign, signs=SPANISH_SIGNS, language="es")
    forget_signs()
    yield
    forget_signs()


@pytest.mark.parametrize(
    "q",
    [
        "dolor en el pecho y el brazo",
        "tengo la cara caída",
        "dificultad para hablar",
        "dolor de espalda y pérdida del control de la vejiga",
        "entumecimiento de la ingle",
        "fiebre con dolor de espalda",
    ],
)
def test_a_spanish_red_flag_gets_the_spanish_message(client, spanish_site, signs, q):
    emergency = results(client, q)["emergency"]
    assert emergency and emergency[0]["number"] == "911"
    spanish = {sign["message"] for sign in SPANISH_SIGNS}
    assert emergency[0]["message"] in spanish
    assert client.get("/es/search/suggest/", {"q": q}).json()["emergency"] == emergency


def test_thoughts_of_suicide_in_spanish_give_988(client, spanish_site, signs):
    assert results(client, "no quiero vivir")["emergency"][0]["number"] == "988"


@pytest.mark.parametrize(
    "q",
    [
        "dolor de espalda",
        "pérdida de orina al toser",
        "ictus rehabilitación",
        "hormigueo en las manos de noche",
        "miedo a lastimarme la rodilla corriendo",
        "cuánto cuesta el masaje",
    ],
)
def test_ordinary_spanish_queries_show_no_message(client, spanish_site, signs, q):
    assert results(client, q)["emergency"] == []


def test_an_english_red_flag_typed_on_the_spanish_site_still_warns(client, spanish_site, signs):
    assert results(client, "back pain and numb groin")["emergency"][0]["number"] == "911"


def test_spanish_suggestions_are_spanish_treatments(client, spanish_site):
    data = client.get("/es/search/suggest/", {"q": "puncion sec"}).json()
    assert data["suggestions"][0] == {"title": "Punción seca", "url": "/es/tratamientos/puncion-seca/"}
    english = client.get("/search/suggest/", {"q": "dry needl"}).json()
    assert english["suggestions"][0]["url"] == "/treatments/dry-needling/"


def test_the_spanish_results_page_is_in_spanish_and_links_spanish_pages(client, spanish_site):
    response = client.get("/es/search/", {"q": "puncion"})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "es"
    assert soup.select_one(".result__title a")["href"] == "/es/tratamientos/puncion-seca/"


@pytest.mark.parametrize("q", ["", "¿¿¿", "\x00 punción", "a" * 500, "ñ", "-- OR 1=1"])
def test_bad_input_in_spanish_is_never_an_error(client, spanish_site, q):
    assert client.get("/es/search/", {"q": q}).status_code == 200
    assert client.get("/es/search/", {"q": q, "format": "json"}).status_code == 200
    assert client.get("/es/search/suggest/", {"q": q}).status_code == 200


def test_spanish_pages_search_and_suggest_in_spanish(client, spanish_site):
    page = BeautifulSoup(client.get("/es/tratamientos/puncion-seca/").content, "html.parser")
    header = page.select_one("#header-search-q")
    assert header["data-suggest-url"] == "/es/search/suggest/"
    assert header.find_parent("form")["action"] == "/es/search/"
    english = BeautifulSoup(client.get("/treatments/dry-needling/").content, "html.parser")
    assert english.select_one("#header-search-q")["data-suggest-url"] == "/search/suggest/"


def test_editors_spanish_terms_reach_spanish_search_only(client, spanish_site):
    SearchTerm.objects.create(words="pinchazos finos", means="punción seca", kind="condition", language="es")
    assert results(client, "pinchazos finos")["results"][0]["title"] == "Punción seca"
    assert not any(r["url"].startswith("/es/") for r in results(client, "pinchazos finos", prefix="")["results"])
