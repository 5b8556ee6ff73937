"""What editors, reviewers and administrators see: the panel, the live preview, the review dialog, the report."""

import json

import pytest
from wagtail.test.utils.form_data import rich_text

from home.models import ContentPage
from readability.models import DEFAULT_CLAIMS, ClaimPhrase, GlossaryTerm, PlainLanguageSettings
from tests.admin_forms import treatment_form
from tests.twofactor import verified_login
from treatments.models import TreatmentPage

CLAIM = "Cupping is a guaranteed cure for back pain."
HARD = (
    "<p>Cupping therapy facilitates myofascial decompression, ameliorating musculoskeletal dysfunction "
    "through negative-pressure mechanotransduction, and practitioners individualize parameters considerably "
    "according to physiological responsiveness.</p>"
)


def with_overview(html):
    """Treatment form data whose Overview says ``html``."""
    data = treatment_form()
    data["body-0-value-text"] = rich_text(html)
    return data


@pytest.fixture
def draft(client, treatment_index, staff):
    """The editor has saved a draft of a new treatment; returns a function taking the Overview's HTML."""

    def save(html):
        client.force_login(staff["editor"])
        url = f"/admin/pages/add/treatments/treatmentpage/{treatment_index.pk}/"
        response = client.post(url, with_overview(html))
        assert response.status_code == 302, response.content.decode()[:2000]
        return TreatmentPage.objects.get(slug="cupping-therapy")

    return save


def test_the_default_claims_list_is_there_after_migrate(db):
    english = ClaimPhrase.objects.filter(language="en")
    assert sorted(english.values_list("phrase", flat=True)) == sorted(DEFAULT_CLAIMS)
    assert PlainLanguageSettings.load().target_grade == 8


def test_a_draft_with_a_guaranteed_cure_is_flagged_in_the_editor_with_its_sentence(client, draft):
    page = draft(f"<p>{CLAIM}</p>")
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Plain language" in html
    assert "“guaranteed”" in html and "“cure”" in html
    assert CLAIM in html


def test_the_editor_shows_a_hard_draft_over_target_with_its_longest_sentence(client, draft):
    page = draft(HARD)
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Over target:" in html
    assert "Cupping therapy facilitates myofascial decompression" in html
    assert "musculoskeletal" in html


def test_the_preview_mode_flags_what_the_editor_has_typed_but_not_saved(client, draft):
    page = draft("<p>Cups sit on your back for a few minutes.</p>")
    preview = f"/admin/pages/{page.pk}/edit/preview/"
    posted = client.post(preview, with_overview(f"<p>{CLAIM}</p>"))
    assert json.loads(posted.content)["is_valid"]
    html = client.get(preview, {"mode": "plain-language"}).content.decode()
    assert "“guaranteed”" in html and CLAIM in html
    assert "<script" not in html and "style=" not in html
    assert "<h2>Claims to avoid</h2>" in html  # under the page's h1, no level skipped
    # The saved draft is unchanged: the editor's panel still shows it without the claim.
    assert CLAIM not in client.get(f"/admin/pages/{page.pk}/edit/").content.decode()


def test_glossary_terms_and_the_target_setting_change_the_verdict(client, draft):
    page = draft("<p>Osteoarthritis hurts. Cups can help it.</p>")
    edit = f"/admin/pages/{page.pk}/edit/"
    assert "osteoarthritis" in client.get(edit).content.decode().split("Hardest words")[1][:300]
    GlossaryTerm.objects.create(term="Osteoarthritis")
    assert "osteoarthritis" not in client.get(edit).content.decode().split("Hardest words")[1][:300]

    settings = PlainLanguageSettings.load()
    settings.target_grade = 1
    settings.save()
    assert "Over target:" in client.get(edit).content.decode()


def test_content_pages_have_the_check_too(client, home_page, staff):
    page = home_page.add_child(
        instance=ContentPage(
            title="Insurance", slug="insurance", body=[("section", {"heading": "Plans", "text": f"<p>{CLAIM}</p>"})]
        )
    )
    client.force_login(staff["editor"])
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Claims to avoid" in html and CLAIM in html


def test_the_reviewer_sees_the_check_in_the_review_dialog(client, draft, staff):
    page = draft(f"<p>{CLAIM}</p>")
    client.post(f"/admin/pages/{page.pk}/edit/", {**with_overview(f"<p>{CLAIM}</p>"), "action-submit": "1"})
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    client.force_login(staff["reviewer"])
    for action in ("approve", "reject"):
        response = client.get(f"/admin/pages/workflow/collect_action_data/{page.pk}/{action}/{task_state.pk}/")
        assert response.status_code == 200, action
        html = json.loads(response.content)["html"]
        assert "Plain language" in html and CLAIM in html and "“guaranteed”" in html
        assert 'name="comment"' in html


def test_the_report_lists_pages_over_target_or_with_claims_and_only_those(client, draft, make_treatment, staff):
    draft(HARD)
    make_treatment("Massage", body=None)
    client.force_login(staff["editor"])
    html = client.get("/admin/reports/reading-level/").content.decode()
    assert "Cupping Therapy" in html and "Cupping therapy facilitates" in html
    assert ">Massage<" not in html
    export = client.get("/admin/reports/reading-level/", {"export": "csv"})
    assert b"Cupping Therapy" in b"".join(export.streaming_content if export.streaming else [export.content])


def test_the_front_desk_sees_no_report_and_editors_cannot_change_the_claims_list(client, staff):
    verified_login(client, staff["front_desk"])
    assert client.get("/admin/reports/reading-level/").status_code in (302, 403)
    client.force_login(staff["editor"])
    assert client.get("/admin/snippets/readability/claimphrase/add/").status_code in (302, 403)
    assert client.get("/admin/snippets/readability/glossaryterm/add/").status_code == 200
    verified_login(client, staff["admin"])
    assert client.get("/admin/snippets/readability/claimphrase/add/").status_code == 200
