"""A Spanish page meets the same editor checks as an English one, in Spanish: the reading level with a Spanish
formula and target, Spanish claims, its care cards in the words its visitors read; whatever the language of
the admin showing it."""

import pytest
from django.contrib.auth.models import Group
from django.utils import translation
from wagtail.models import Workflow

from core.roles import SPANISH_CLINICAL_REVIEWERS
from readability.checks import check_page
from readability.models import PlainLanguageSettings
from tests.twofactor import verified_login
from treatments.models import TreatmentPage
from treatments.review import CLINICAL_REVIEW

HARD_ES = (
    "<p>La intervención fisioterapéutica multimodal proporciona una optimización considerable de la "
    "funcionalidad musculoesquelética mediante procedimientos individualizados, especialmente en pacientes "
    "con patologías degenerativas concomitantes.</p>"
)
CLAIM_ES = "La punción seca cura el dolor con resultados garantizados."
CLAIM_EN = "Dry needling is a guaranteed cure."


def spanish_body(overview_html):
    return [
        ("overview", {"heading": "Introducción", "text": overview_html}),
        ("how_it_works", {"heading": "Cómo funciona", "text": "<p>Su terapeuta le explica cada paso.</p>"}),
        (
            "benefits",
            {"heading": "Beneficios", "intro": "", "items": [{"label": "Alivio", "text": "Puede aliviar el dolor."}]},
        ),
        (
            "safety",
            {
                "heading": "Seguridad",
                "intro": "",
                "items": [{"label": "Molestias", "text": "Puede notar molestias leves."}],
                "care_cards": [{"level": "emergency", "signs": "<p>Dolor en el pecho.</p>"}],
            },
        ),
    ]


@pytest.fixture
def spanish_page(dry_needling, spanish_index, translate):
    def make(overview_html, live=False):
        return translate(
            dry_needling, live=live, title="Punción seca", slug="puncion-seca", body=spanish_body(overview_html)
        )

    return make


def test_a_hard_spanish_page_is_over_the_inflesz_target_in_the_editor(client, staff, spanish_page):
    page = spanish_page(HARD_ES)
    verified_login(client, staff["editor"])
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Over target:" in html
    verdict = html.split("Over target:")[1][:400]
    assert "INFLESZ" in verdict and "Fernández-Huerta" in verdict and "Flesch–Kincaid" not in verdict
    assert "musculoesquelética" in html
    assert "lumbalgia" in html  # the Spanish advice, with a Spanish example


def test_the_spanish_target_setting_decides_the_verdict(spanish_page):
    page = spanish_page("<p>La punción usa agujas finas. Puede aliviar el dolor. Su terapeuta le explica todo.</p>")
    check = check_page(page)
    assert check.level.language == "es" and check.level.target == 55 and not check.level.over_target

    settings = PlainLanguageSettings.load()
    settings.spanish_target = 99
    settings.save()
    assert check_page(page).level.over_target
    settings.target_grade = 1  # the English target does not apply to Spanish pages
    settings.save()
    assert check_page(page).level.target == 99


def test_spanish_claims_are_flagged_on_spanish_pages_only(client, staff, spanish_page, make_treatment):
    page = spanish_page(f"<p>{CLAIM_ES} {CLAIM_EN}</p>")
    phrases = {claim.phrase for claim in check_page(page).claims}
    assert phrases == {"cura", "garantizado"}  # the English list is for English pages

    english = make_treatment("Cupping", body=[("overview", {"heading": "Overview", "text": f"<p>{CLAIM_ES}</p>"})])
    assert check_page(english).claims == []

    verified_login(client, staff["editor"])
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "“garantizado”" in html and CLAIM_ES in html


def test_care_cards_are_measured_in_the_page_language_whatever_the_admin_language(spanish_page):
    page = spanish_page("<p>Agujas finas.</p>")
    with translation.override("en"):
        hardest = check_page(page).level.hardest
    # The emergency card's fixed wording, as Spanish visitors read it ("En una emergencia médica, llame al 911.").
    assert "emergencia" in hardest and "emergency" not in hardest


def test_the_reading_level_report_lists_spanish_pages_with_their_formula(client, staff, spanish_page):
    spanish_page(HARD_ES, live=True)
    client.force_login(staff["editor"])
    html = client.get("/admin/reports/reading-level/").content.decode()
    assert "Punción seca" in html and "Español" in html
    export = client.get("/admin/reports/reading-level/", {"export": "csv"})
    rows = b"".join(export.streaming_content).decode().splitlines()
    spanish_row = next(row for row in rows if row.startswith("Punción seca"))
    assert "Español" in spanish_row and "INFLESZ (Szigriszt-Pazos) / Fernández-Huerta" in spanish_row


def test_the_review_dialog_shows_the_spanish_check(client, staff, spanish_page):
    page = spanish_page(f"<p>{CLAIM_ES}</p>")
    verified_login(client, staff["editor"])
    Workflow.objects.get(name=CLINICAL_REVIEW).start(page, staff["editor"])
    page = TreatmentPage.objects.get(pk=page.pk)
    reviewer = staff["reviewer"]
    reviewer.groups.add(Group.objects.get(name=SPANISH_CLINICAL_REVIEWERS))
    client.force_login(reviewer)
    task_state = page.current_workflow_task_state
    response = client.get(f"/admin/pages/workflow/collect_action_data/{page.pk}/approve/{task_state.pk}/")
    assert response.status_code == 200
    assert "“garantizado”" in response.json()["html"]
