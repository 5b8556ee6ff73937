"""When the English page changes after its Spanish version was reviewed, the Spanish page is marked "Source
changed since translation" in the reviews report and on the editors' dashboard, until a reviewer approves it
again."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from tests.twofactor import verified_login
from treatments.language_review import approved_publish
from treatments.models import TreatmentPage
from treatments.review import translations_behind_source, treatments_due_for_review

MARKER = "Source changed since translation"
REPORT = "/admin/reports/treatment-reviews-due/"


def republish(page):
    page = Page.objects.get(pk=page.pk).specific
    page.summary = f"{page.summary} Updated."
    with approved_publish():
        page.save_revision().publish()
    return page


@pytest.fixture
def english_changed(dry_needling, puncion_seca):
    """Dry Needling was published again after its Spanish version went live (was approved)."""
    republish(dry_needling)
    return puncion_seca


def marked(page):
    return {p.pk: p.source_changed for p in treatments_due_for_review()}.get(page.pk)


def test_a_translation_reviewed_after_its_source_is_not_marked(dry_needling, puncion_seca):
    assert marked(puncion_seca) is None  # not due for review, and nothing changed: not listed at all
    assert list(translations_behind_source()) == []


def test_a_new_english_version_marks_the_spanish_page_until_it_is_approved_again(dry_needling, english_changed):
    assert marked(english_changed) is True
    assert marked(dry_needling) in (None, False)  # the English page itself is never marked
    assert [p.pk for p in translations_behind_source()] == [english_changed.pk]

    republish(english_changed)  # the Spanish update approved in clinical review
    assert list(translations_behind_source()) == []


def test_an_english_draft_does_not_mark_the_translation(dry_needling, puncion_seca):
    TreatmentPage.objects.get(pk=dry_needling.pk).save_revision()
    assert list(translations_behind_source()) == []


def test_the_report_shows_the_marker_and_filters_on_it(client, staff, make_treatment, english_changed):
    make_treatment("Shockwave", last_reviewed=None, reviewed_by="")  # due for review, English
    client.force_login(staff["editor"])

    html = client.get(REPORT).content.decode()
    assert "Punción seca" in html and "Shockwave" in html
    assert html.count(MARKER) >= 2  # the filter's choice and the Spanish row's tag
    assert "Español" in html

    filtered = client.get(REPORT, {"translation": "source-changed"}).content.decode()
    assert "Punción seca" in filtered and "Shockwave" not in filtered

    spanish_only = client.get(REPORT, {"locale": "es"}).content.decode()
    assert "Punción seca" in spanish_only and "Shockwave" not in spanish_only

    export = client.get(REPORT, {"export": "csv", "translation": "source-changed"})
    rows = b"".join(export.streaming_content).decode().splitlines()
    assert rows[0].startswith("Treatment,Language,Translation,Next review due")
    assert rows[1].startswith(f"Punción seca,Español,{MARKER},")
    assert client.get(REPORT, {"export": "xlsx", "translation": "source-changed"}).status_code == 200


def test_the_dashboard_lists_translations_to_update_with_links(client, staff, english_changed):
    verified_login(client, staff["editor"])
    html = client.get("/admin/").content.decode()
    assert 'id="translations-behind-source-section"' in html
    assert f'href="/admin/pages/{english_changed.pk}/edit/"' in html
    assert MARKER in html
    assert "/admin/reports/treatment-reviews-due/?translation=source-changed" in html


def test_translators_get_the_sync_link(client, staff, translator, english_changed, dry_needling):
    source, _ = TranslationSource.get_or_create_from_instance(dry_needling)  # as "Translate this page" makes it
    sync = f'href="/admin/localize/update/{source.pk}/"'

    verified_login(client, translator)
    assert sync in client.get("/admin/").content.decode()
    verified_login(client, staff["reviewer"])
    html = client.get("/admin/").content.decode()
    assert 'id="translations-behind-source-section"' in html and sync not in html


def test_no_dashboard_panel_when_every_translation_is_current(client, staff, puncion_seca):
    verified_login(client, staff["editor"])
    assert "translations-behind-source-section" not in client.get("/admin/").content.decode()
    verified_login(client, staff["front_desk"])
    assert "translations-behind-source-section" not in client.get("/admin/").content.decode()


def test_the_dashboard_and_report_take_the_same_queries_for_one_or_many_translations(
    client, staff, dry_needling, spanish_index, translate, make_treatment
):
    verified_login(client, staff["editor"])

    def add_changed(title, slug):
        english = make_treatment(title)
        spanish = translate(english, title=f"{title} (es)", slug=f"{slug}-es")
        republish(english)
        return spanish

    def count(path):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).status_code == 200
        return len(queries)

    def measure():
        # A publish empties the cached site settings: measure the visits after one that fills it again.
        count("/admin/"), count(REPORT)
        return count("/admin/"), count(REPORT)

    add_changed("Cupping", "cupping")
    one = measure()
    for title in ["Massage", "Traction", "Shockwave"]:
        add_changed(title, title.lower())
    assert len(translations_behind_source()) == 4
    assert measure() == one
