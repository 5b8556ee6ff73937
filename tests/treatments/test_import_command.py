"""manage.py import_treatments: drafts or published pages, updates, dry runs, one bad file alone."""

import io

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from tests.treatments.importing import DATA, PARAFFIN, SEED, run, write
from treatments.importer import import_treatment, parse_file
from treatments.models import TreatmentIndexPage, TreatmentPage

# -- Saving pages -------------------------------------------------------------------------------


def test_import_treatment_creates_then_updates(treatment_index):
    parsed = parse_file(SEED)

    page, created = import_treatment(parsed, parent=treatment_index, publish=True)
    again, created_again = import_treatment(parsed, parent=treatment_index, publish=True)

    assert created and not created_again
    assert again.pk == page.pk
    assert TreatmentPage.objects.child_of(treatment_index).count() == 1


def test_command_imports_drafts_by_default(treatment_index):
    out, err, error = run(SEED, PARAFFIN)

    assert error is None, err
    assert out.splitlines() == [
        "created dry-needling (Dry Needling)",
        "created paraffin-wax-therapy (Paraffin Wax Therapy)",
        "2 created, 0 updated, 0 failed",
    ]
    page = TreatmentPage.objects.get(slug="dry-needling")
    assert not page.live
    assert page.latest_revision is not None
    assert page.get_parent().pk == treatment_index.pk
    assert [block.block_type for block in page.body] == ["overview", "how_it_works", "benefits", "safety"]
    assert TreatmentPage.objects.get(slug="paraffin-wax-therapy").also_known_as == "wax bath, paraffin dip"


def test_command_publish_makes_pages_live(treatment_index):
    out, err, error = run(SEED, "--publish")

    assert error is None, err
    page = TreatmentPage.objects.get(slug="dry-needling")
    assert page.live
    assert not page.has_unpublished_changes
    assert page.summary.startswith("Dry needling is a therapeutic technique")


def test_reimport_updates_instead_of_duplicating(treatment_index, tmp_path):
    run(SEED, "--publish")
    changed = SEED.read_text(encoding="utf-8").replace("Pain Relief:", "Less Pain:")
    copy = write(tmp_path, SEED.name, changed)

    out, err, error = run(copy, "--publish")

    assert error is None, err
    assert out.splitlines() == ["updated dry-needling (Dry Needling)", "0 created, 1 updated, 0 failed"]
    assert TreatmentPage.objects.filter(slug="dry-needling").count() == 1
    page = TreatmentPage.objects.get(slug="dry-needling")
    assert page.body[2].value["items"][0]["label"] == "Less Pain"


def test_reimport_without_publish_leaves_the_live_page_alone(treatment_index, tmp_path):
    run(SEED, "--publish")
    copy = write(tmp_path, SEED.name, SEED.read_text(encoding="utf-8").replace("Pain Relief:", "Less Pain:"))

    run(copy)

    page = TreatmentPage.objects.get(slug="dry-needling")
    assert page.live
    assert page.has_unpublished_changes
    assert page.body[2].value["items"][0]["label"] == "Pain Relief"
    draft = page.get_latest_revision_as_object()
    assert draft.body[2].value["items"][0]["label"] == "Less Pain"


def test_dry_run_writes_nothing(treatment_index):
    out, err, error = run(SEED, PARAFFIN, "--dry-run", "--publish")

    assert error is None, err
    assert out.splitlines() == [
        "would create dry-needling (Dry Needling)",
        "would create paraffin-wax-therapy (Paraffin Wax Therapy)",
        "dry run: 2 would be created, 0 would be updated, 0 failed; nothing was written",
    ]
    assert not TreatmentPage.objects.exists()


def test_dry_run_reports_updates(treatment_index):
    run(SEED)

    out, _, _ = run(SEED, "--dry-run")

    assert out.splitlines()[0] == "would update dry-needling (Dry Needling)"


def test_malformed_file_fails_alone(treatment_index):
    bad = DATA / "bad" / "benefits-without-items.md"

    out, err, error = run(bad, SEED)

    assert error is not None
    assert str(error) == "1 file could not be imported"
    assert err.strip() == (
        f'{bad}:9: the "Benefits of Hot Stone Massage" section has no items; '
        'write each benefit as "- **Label:** explanation"'
    )
    assert out.splitlines() == ["created dry-needling (Dry Needling)", "1 created, 0 updated, 1 failed"]
    assert list(TreatmentPage.objects.values_list("slug", flat=True)) == ["dry-needling"]


def test_missing_file_fails_with_its_name(treatment_index, tmp_path):
    missing = tmp_path / "gone.md"

    _, err, error = run(missing, missing)

    assert str(error) == "2 files could not be imported"
    assert f"{missing}:1: file not found" in err


def test_folder_imports_its_treatment_files(treatment_index):
    out, err, error = run(DATA)

    assert error is None, err
    assert out.splitlines()[-1] == "4 created, 0 updated, 0 failed"


def test_parent_option_chooses_the_index(treatment_index):
    _, err, error = run(SEED, "--parent", "treatments")

    assert error is None, err
    assert TreatmentPage.objects.child_of(treatment_index).count() == 1


def test_parent_option_must_be_a_treatment_index(treatment_index):
    with pytest.raises(CommandError, match='"home" is a home page, not a treatments index page'):
        call_command("import_treatments", str(SEED), "--parent", "home", stdout=io.StringIO())
    with pytest.raises(CommandError, match='No page has the slug "nope"'):
        call_command("import_treatments", str(SEED), "--parent", "nope", stdout=io.StringIO())


def test_without_a_treatment_index_the_command_stops(home_page):
    assert not TreatmentIndexPage.objects.exists()

    with pytest.raises(CommandError, match="no treatments index page"):
        call_command("import_treatments", str(SEED), stdout=io.StringIO())
    assert not TreatmentPage.objects.exists()


def test_page_that_cannot_be_saved_is_reported_and_rolled_back(treatment_index):
    # Another kind of page already uses the slug, so the new treatment page fails validation.
    treatment_index.add_child(instance=Page(title="Squatter", slug="dry-needling"))

    out, err, error = run(SEED, PARAFFIN)

    assert str(error) == "1 file could not be imported"
    assert err.startswith(f"{SEED}:1: could not save the page: ")
    assert "dry-needling" in err
    assert out.splitlines()[-1] == "1 created, 0 updated, 1 failed"
    assert list(TreatmentPage.objects.values_list("slug", flat=True)) == ["paraffin-wax-therapy"]
