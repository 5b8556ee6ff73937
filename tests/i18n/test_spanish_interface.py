"""Every interface word in Spanish (issue 17): the catalogue is complete and compiled, and the Spanish pages a
patient meets carry none of the English interface phrases."""

import datetime
import re
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.utils import timezone, translation

from appointments.models import AppointmentFormField
from core.hours import opening_status
from demo.spanish import APPOINTMENT_FIELDS
from tests.appointment_form import send

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "es" / "LC_MESSAGES"
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|%\(\w+\)\.\d+f")
TRANSLATE_TAG = re.compile(r"""\{%\s*translate\s+(["'])(.+?)\1(?:\s+context\s+(["'])(.+?)\3)?""")

# English interface words that must not reach a Spanish page (editors' content is theirs to translate).
ENGLISH = [
    "Request an appointment",
    r"\bSearch\b",
    "Skip to",
    "Also known as",
    "On this page",
    "Open now",
    "Closed now",
    "Reviewed by",
    "Last reviewed",
    "Next review",
    "Related treatments",
    "Get directions",
    "Opening hours",
    "Call us",
    r"\bCall\b",
    r"\bHome\b",
    "Breadcrumb",
    "Page not found",
    "Send request",
    r"\(required\)",
    "Emergency:",
    "Important:",
    r"\bPrevious\b",
    r"\bNext\b",
    "Popular treatments",
    "See all treatments",
    "Browse all treatments",
    "Ready to feel better",
    "Your request has been sent",
    "Please correct",
    "This field is required",
    "Not sure",
    "No preference",
    "Suggested treatments",
    "suggestions, use",
    r"\bMonday\b",
    "Thursday",
]


def catalogue():
    return polib.pofile(str(CATALOGUE / "django.po"))


def key(entry):
    return (entry.msgctxt or "", entry.msgid)


def test_every_entry_is_translated_and_none_is_fuzzy():
    po = catalogue()
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert not untranslated, f"untranslated: {untranslated}"
    assert not fuzzy, f"fuzzy: {fuzzy}"
    assert len(po) > 200


def test_every_translation_keeps_the_placeholders():
    for entry in catalogue():
        expected = sorted(PLACEHOLDER.findall(entry.msgid))
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for text in translations:
            assert sorted(PLACEHOLDER.findall(text)) == expected, entry.msgid


def test_the_compiled_catalogue_matches_the_po_file():
    """`make messages` compiles the .mo: an edit to the .po without it would not reach the site."""
    compiled = {key(entry): entry for entry in polib.mofile(str(CATALOGUE / "django.mo"))}
    for entry in catalogue():
        assert key(entry) in compiled, f"not compiled: {entry.msgid}"
        mo = compiled[key(entry)]
        if entry.msgid_plural:
            assert {int(n): s for n, s in mo.msgstr_plural.items()} == entry.msgstr_plural, entry.msgid
        else:
            assert mo.msgstr == entry.msgstr, entry.msgid


def test_every_template_string_is_in_the_catalogue():
    """A {% translate "…" %} added without `make messages` would stay English on the Spanish site."""
    known = {key(entry) for entry in catalogue()}
    base = Path(settings.BASE_DIR)
    templates = [
        path for path in base.glob("**/templates/**/*.html") if not {".venv", "node_modules"} & set(path.parts)
    ]
    assert templates
    missing = []
    for path in templates:
        for match in TRANSLATE_TAG.finditer(path.read_text()):
            if (match[4] or "", match[2]) not in known:
                missing.append(f"{path.relative_to(base)}: {match[2]}")
    assert not missing, "run `make messages` and translate: " + "; ".join(missing)


@pytest.mark.parametrize(
    ("hour", "expected"),
    [(9, "Abierto ahora hasta las 6:30 p.m."), (20, "Cerrado ahora, abre mañana a las 7:30 a.m.")],
)
def test_open_now_phrasing_in_spanish(hour, expected):
    periods = [(day, datetime.time(7, 30), datetime.time(18, 30)) for day in range(5)]
    now = timezone.make_aware(datetime.datetime(2026, 3, 3, hour))  # a Tuesday
    with translation.override("es"):
        status = opening_status(periods, now)
        separator = " " if status.is_open else ", "
        assert f"{status.state_text}{separator}{status.detail_text}" == expected


def test_open_now_says_la_for_one_oclock_and_names_the_weekday():
    periods = [(4, datetime.time(9), datetime.time(13))]  # Fridays, 9 a.m. to 1 p.m.
    with translation.override("es"):
        open_ = opening_status(periods, timezone.make_aware(datetime.datetime(2026, 3, 6, 10)))
        closed = opening_status(periods, timezone.make_aware(datetime.datetime(2026, 3, 3, 10)))
        assert open_.detail_text == "hasta la 1:00 p.m."
        assert closed.detail_text == "abre el viernes a las 9:00 a.m."


@pytest.fixture
def spanish_form(appointment_page, spanish_home, translate):
    fields = [
        AppointmentFormField(label=label, field_type=kind, required=required, choices=choices, help_text=help_text)
        for label, kind, required, choices, help_text in APPOINTMENT_FIELDS
    ]
    return translate(
        appointment_page,
        title="Pedir una cita",
        slug="pedir-una-cita",
        intro="<p>Le respondemos en un día hábil.</p>",
        thank_you_text="<p>Gracias. Le llamaremos en un día hábil.</p>",
        form_fields=fields,
    )


@pytest.fixture
def spanish_treatment(make_treatment, spanish_index, translate):
    english = make_treatment(
        "Dry Needling", also_known_as="Intramuscular stimulation", next_review_due=datetime.date(2027, 1, 15)
    )
    return translate(
        english,
        title="Punción seca",
        slug="puncion-seca",
        summary="Agujas finas para el dolor.",
        also_known_as="Estimulación intramuscular",
    )


def english_left(response):
    """The English interface phrases in a response, outside scripts (visible text and attributes)."""
    html = response.content.decode()
    page = BeautifulSoup(html, "html.parser")
    assert page.html["lang"] == "es"
    for script in page.find_all("script"):
        script.decompose()
    text = str(page)
    return [phrase for phrase in ENGLISH if re.search(phrase, text)]


@pytest.fixture
def spanish_pages(client, clinic_with_hours, spanish_form, spanish_treatment):
    """Every Spanish page a patient meets, as (name, response, a Spanish phrase it must show)."""
    home = client.get("/es/")
    form_action = BeautifulSoup(home.content, "html.parser").find("form", role="search")["action"]
    assert form_action == "/es/search/"
    return [
        ("home", home, "¿Listo para sentirse mejor?"),
        ("treatment", client.get("/es/tratamientos/puncion-seca/"), "También conocido como:"),
        ("appointment form", client.get("/es/pedir-una-cita/"), "Enviar solicitud"),
        ("appointment error", send(client, spanish_form, {"nombre": ""}), "Corrija los campos marcados"),
        ("not found", client.get("/es/no-existe/"), "Página no encontrada"),
        ("search", client.get(form_action), "Busque por tratamiento"),
        (
            "search results",
            client.get(form_action, {"q": "dolor de rodilla"}),
            "resultado",
        ),
    ]


def test_spanish_pages_have_no_english_interface_words(spanish_pages):
    for name, response, spanish in spanish_pages:
        assert response.status_code in (200, 404), name
        assert spanish in response.content.decode(), name
        assert english_left(response) == [], name


def test_spanish_pages_show_spanish_dates_hours_and_care_cards(client, clinic_with_hours, spanish_treatment):
    html = client.get("/es/tratamientos/puncion-seca/").content.decode()
    assert "Revisado por última vez el" in html
    assert "15 de enero de 2026" in html
    assert "Próxima revisión prevista para el" in html
    assert "15 de enero de 2027" in html
    assert "Emergencia:" in html  # the care card's screen-reader prefix
    footer = BeautifulSoup(html, "html.parser").find("footer")
    assert "Lunes" in footer.get_text()
    assert re.search(r"(Abierto|Cerrado) ahora", footer.get_text())


def test_the_spanish_thank_you_page(client, clinic_with_hours, spanish_form):
    answers = {
        "nombre": "Paz Ejemplo",
        "telefono": "303-555-0101",
        "correo_electronico": "paz@example.com",
        "forma_de_contacto_preferida": "Llamada",
        "acepto_que_me_contacten_sobre_esta_solicitud": "on",
    }
    response = send(client, spanish_form, answers)
    assert response.status_code == 200
    assert "Hemos recibido su solicitud" in response.content.decode()
    assert english_left(response) == []


def test_english_pages_keep_english_dates(client, clinic_with_hours, make_treatment):
    make_treatment("Massage")
    html = client.get("/treatments/massage/").content.decode()
    assert "Last reviewed on" in html
    assert "January 15, 2026" in html
