"""Treatment pages say who provides them and where, and "Reviewed by" links to the reviewer's page."""

from bs4 import BeautifulSoup

from tests.admin_forms import treatment_form
from tests.treatments.test_review_workflow import act
from treatments.models import TreatmentPage


def test_a_treatment_page_lists_its_providers_and_their_locations(client, team):
    page = BeautifulSoup(client.get("/treatments/dry-needling/").content, "html.parser")
    providers = page.select_one("section.providers")
    links = {a.get_text(): a["href"] for a in providers.find_all("a")}
    assert links["Marisol Ortega"] == "/our-team/marisol-ortega/"
    assert links["Arvada"] == "/locations/arvada/"
    assert links["Westminster"] == "/locations/westminster/"
    assert "Jorge Castillo" not in providers.get_text()


def test_a_treatment_without_live_providers_has_no_providers_section(client, team):
    team["jorge"].unpublish()
    page = BeautifulSoup(client.get("/treatments/chiropractic-care/").content, "html.parser")
    assert page.select_one("section.providers") is None


def test_reviewed_by_links_to_the_reviewers_clinician_page(client, team):
    needling = team["needling"]
    needling.reviewer_page = team["marisol"]
    needling.save_revision().publish()
    reviewed = BeautifulSoup(client.get("/treatments/dry-needling/").content, "html.parser").select_one(".reviewed")
    assert reviewed.find("a")["href"] == "/our-team/marisol-ortega/"


def test_reviewed_by_stays_plain_text_when_the_reviewers_page_is_offline(client, team):
    needling = team["needling"]
    needling.reviewer_page = team["marisol"]
    needling.save_revision().publish()
    team["marisol"].unpublish()
    reviewed = BeautifulSoup(client.get("/treatments/dry-needling/").content, "html.parser").select_one(".reviewed")
    assert reviewed.find("a") is None
    assert "Alex Rivera" in reviewed.get_text()


def test_approval_records_the_reviewers_clinician_page(client, team, staff, treatment_index):
    marisol = team["marisol"]
    marisol.reviewer_account = staff["reviewer"]
    marisol.save_revision().publish()

    client.force_login(staff["editor"])
    url = f"/admin/pages/add/treatments/treatmentpage/{treatment_index.pk}/"
    assert client.post(url, {**treatment_form(), "action-submit": "action-submit"}).status_code == 302
    page = TreatmentPage.objects.get(slug="cupping-therapy")
    assert act(client, staff["reviewer"], page, "approve").status_code == 302

    page = TreatmentPage.objects.get(pk=page.pk)
    assert page.live
    assert page.reviewer_page_id == marisol.pk
    assert page.get_latest_revision().as_object().reviewer_page_id == marisol.pk
