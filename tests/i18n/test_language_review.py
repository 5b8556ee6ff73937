"""A Spanish treatment page goes live only through clinical review by a reviewer who reads Spanish, whatever
path tries to publish it (wagtail-localize's own included), and keeps its own review dates."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Workflow
from wagtail_localize.models import TranslationSource

from core.roles import CLINICAL_REVIEWERS, SPANISH_CLINICAL_REVIEWERS
from treatments.models import TreatmentPage
from treatments.review import CLINICAL_REVIEW


@pytest.fixture
def spanish_reviewer(make_staff):
    user = make_staff("lucia", CLINICAL_REVIEWERS, "Lucía", "Ramos")
    user.groups.add(Group.objects.get(name=SPANISH_CLINICAL_REVIEWERS))
    return user


@pytest.fixture
def spanish_draft(dry_needling, spanish_index, translate):
    return translate(dry_needling, live=False, title="Punción seca", slug="puncion-seca")


def submit(page, user):
    Workflow.objects.get(name=CLINICAL_REVIEW).start(page, user)
    return TreatmentPage.objects.get(pk=page.pk)


def approve(client, user, page):
    client.force_login(user)
    task_state = page.current_workflow_task_state
    return client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""})


def test_the_spanish_treatments_section_is_in_clinical_review(spanish_index):
    assert spanish_index.get_workflow().name == CLINICAL_REVIEW


def test_a_reviewer_who_does_not_read_spanish_cannot_approve(client, staff, spanish_draft):
    page = submit(spanish_draft, staff["editor"])
    task = page.current_workflow_task
    assert "approve" not in [name for name, *_ in task.specific.get_actions(page, staff["reviewer"])]

    approve(client, staff["reviewer"], page)
    assert not TreatmentPage.objects.get(pk=page.pk).live


def test_a_spanish_reviewer_approves_and_the_page_keeps_its_own_review_dates(
    client, staff, spanish_reviewer, dry_needling, spanish_draft
):
    page = submit(spanish_draft, staff["editor"])
    assert approve(client, spanish_reviewer, page).status_code == 302

    spanish = TreatmentPage.objects.get(pk=page.pk)
    assert spanish.live
    assert (spanish.last_reviewed, spanish.reviewed_by) == (timezone.localdate(), "Lucía Ramos")
    english = TreatmentPage.objects.get(pk=dry_needling.pk)
    assert (english.last_reviewed, english.reviewed_by) == (datetime.date(2026, 1, 15), "Alex Rivera, PT, DPT")
    assert client.get("/es/tratamientos/puncion-seca/").status_code == 200


def test_the_spanish_reviewer_may_still_approve_english_pages(staff, spanish_reviewer, make_treatment):
    page = submit(make_treatment("Cupping", live=False), staff["editor"])
    actions = page.current_workflow_task.specific.get_actions(page, spanish_reviewer)
    assert "approve" in [name for name, *_ in actions]


def test_editors_cannot_publish_a_spanish_treatment_directly(staff, spanish_draft):
    assert not spanish_draft.permissions_for_user(staff["editor"]).can_publish()
    spanish_draft.get_latest_revision().publish(user=staff["editor"])
    assert not TreatmentPage.objects.get(pk=spanish_draft.pk).live


def test_sending_a_live_page_for_translation_makes_a_draft(dry_needling, spanish_index, spanish_locale, staff):
    from wagtail_localize.operations import translate_object

    translate_object(dry_needling, [spanish_locale], user=staff["editor"])
    spanish = dry_needling.get_translation(spanish_locale)
    assert not spanish.live


def test_localize_publishing_a_translation_leaves_it_a_draft(
    dry_needling, spanish_index, spanish_locale, staff, django_capture_on_commit_callbacks
):
    source, _ = TranslationSource.get_or_create_from_instance(dry_needling)
    with django_capture_on_commit_callbacks(execute=True):
        source.create_or_update_translation(spanish_locale, user=staff["editor"], publish=True, fallback=True)
    spanish = dry_needling.get_translation(spanish_locale)
    assert not spanish.live


def test_sync_translated_pages_with_publish_does_not_publish(
    client, dry_needling, spanish_index, spanish_locale, staff, django_capture_on_commit_callbacks
):
    from wagtail_localize.operations import translate_object

    translate_object(dry_needling, [spanish_locale], user=staff["editor"])
    source = TranslationSource.objects.get_for_instance(dry_needling)
    client.force_login(staff["editor"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"})
    assert response.status_code in (302, 403)
    assert not dry_needling.get_translation(spanish_locale).live


def test_an_administrator_may_publish_a_translation(staff, spanish_draft):
    spanish_draft.get_latest_revision().publish(user=staff["admin"])
    assert TreatmentPage.objects.get(pk=spanish_draft.pk).live


def test_syncing_never_changes_what_the_live_spanish_page_shows(
    client, dry_needling, spanish_index, spanish_locale, staff, django_capture_on_commit_callbacks
):
    from wagtail_localize.operations import translate_object

    translate_object(dry_needling, [spanish_locale], user=staff["editor"])
    spanish = dry_needling.get_translation(spanish_locale)
    spanish.get_latest_revision().publish(user=staff["admin"])  # as if reviewed
    live_url = TreatmentPage.objects.get(pk=spanish.pk).url
    before = client.get(live_url).content.decode()

    dry_needling.title = "Dry Needling, rewritten"
    dry_needling.save_revision().publish()
    source = TranslationSource.objects.get_for_instance(dry_needling)
    client.force_login(staff["editor"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"})
    client.logout()

    assert "rewritten" not in client.get(live_url).content.decode()
    assert "rewritten" not in before


def test_a_draft_sync_never_changes_the_live_spanish_page(
    client, dry_needling, spanish_index, spanish_locale, staff, django_capture_on_commit_callbacks
):
    from wagtail_localize.operations import translate_object

    translate_object(dry_needling, [spanish_locale], user=staff["editor"])
    spanish = dry_needling.get_translation(spanish_locale)
    spanish.get_latest_revision().publish(user=staff["admin"])  # as if reviewed
    live_url = TreatmentPage.objects.get(pk=spanish.pk).url

    dry_needling.title = "Dry Needling, rewritten"
    dry_needling.save_revision().publish()
    source = TranslationSource.objects.get_for_instance(dry_needling)
    source.update_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        source.create_or_update_translation(spanish_locale, publish=False, fallback=True)

    assert "rewritten" not in client.get(live_url).content.decode()
