"""Every demo treatment but the seed reads at or below grade 8, measured the way an outsider would.

The figure here is plain textstat on the text of the rendered sections (the page's ``div.stream``), not the
project's own measure: no glossary, no exempt names, headings run into the text below them.
"""

import pytest
import textstat
from bs4 import BeautifulSoup

from readability import syllables  # noqa: F401 (textstat's dictionary, offline)
from readability.checks import check_page
from treatments.models import TreatmentPage

SEED = "dry-needling"
TARGET = 8


@pytest.fixture
def demo(demo_content, db):
    """The demo site (loaded once for the module; each test's changes are rolled back)."""


def sections_text(client, page):
    html = client.get(page.url).content
    return BeautifulSoup(html, "html.parser").select_one("div.stream").get_text(" ")


def test_every_demo_treatment_but_the_seed_reads_at_grade_8_or_below(demo, client):
    grades = {
        page.slug: textstat.flesch_kincaid_grade(sections_text(client, page))
        for page in TreatmentPage.objects.live().filter(locale__language_code="en").exclude(slug=SEED)
    }
    assert len(grades) >= 8
    assert {slug: grade for slug, grade in grades.items() if grade > TARGET} == {}


def test_the_seed_keeps_its_own_words_and_shows_over_target_with_its_hardest_sentences(demo, client, staff):
    seed = TreatmentPage.objects.get(slug=SEED, locale__language_code="en")
    assert textstat.flesch_kincaid_grade(sections_text(client, seed)) > TARGET
    check = check_page(seed)
    assert check.level.over_target
    longest = check.level.longest[0]
    assert longest.words > 20

    client.force_login(staff["editor"])
    editor = client.get(f"/admin/pages/{seed.pk}/edit/").content.decode()
    assert "Over target:" in editor and longest.text in editor
    report = client.get("/admin/reports/reading-level/").content.decode()
    assert "Dry Needling" in report and str(check.level.grade) in report
    # The rewritten demo pages are not in it.
    assert not any(
        page.title in report for page in TreatmentPage.objects.filter(locale__language_code="en").exclude(slug=SEED)
    )
