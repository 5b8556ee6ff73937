"""Marketing editors and Translators create and update translations but cannot put a Spanish treatment live
without clinical review; staff keep the admin in the language they chose, whatever the page's language."""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission
from wagtail.users.models import UserProfile

from core.roles import MARKETING_EDITORS, TRANSLATORS
from tests.twofactor import verified_login
from treatments.models import TreatmentPage

SUBMIT = "wagtail_localize.submit_translation"


def test_translators_may_translate_but_not_publish(translator):
    group = Group.objects.get(name=TRANSLATORS)
    assert translator.has_perm(SUBMIT) and translator.has_perm("wagtailadmin.access_admin")
    granted = set(GroupPagePermission.objects.filter(group=group).values_list("permission__codename", flat=True))
    assert granted == {"add_page", "change_page"}


def test_marketing_editors_may_translate(staff):
    assert staff["editor"].has_perm(SUBMIT)
    assert Group.objects.get(name=MARKETING_EDITORS).permissions.filter(codename="submit_translation").exists()


@pytest.mark.parametrize("role", ["translator", "editor"])
def test_a_translation_sent_by_a_translator_or_editor_is_a_draft_they_cannot_publish(
    client, staff, translator, role, dry_needling, spanish_index, spanish_locale
):
    user = translator if role == "translator" else staff["editor"]
    verified_login(client, user)
    url = f"/admin/localize/submit/page/{dry_needling.pk}/"
    assert client.get(url).status_code == 200
    response = client.post(url, {"locales": [spanish_locale.pk]})
    assert response.status_code == 302

    spanish = TreatmentPage.objects.get(translation_key=dry_needling.translation_key, locale=spanish_locale)
    assert not spanish.live
    permissions = spanish.permissions_for_user(user)
    assert permissions.can_edit() and not permissions.can_publish()
    assert client.get(f"/admin/pages/{spanish.pk}/edit/").status_code == 200

    spanish.get_latest_revision().publish(user=user)  # any path that publishes as them is refused
    assert not TreatmentPage.objects.get(pk=spanish.pk).live


def test_front_desk_and_reviewers_do_not_translate(staff):
    assert not staff["front_desk"].has_perm(SUBMIT)
    assert not staff["reviewer"].has_perm(SUBMIT)


def test_the_admin_offers_english_and_spanish_only():
    assert [code for code, _ in settings.WAGTAILADMIN_PERMITTED_LANGUAGES] == ["en", "es"]


def test_each_member_of_staff_keeps_the_admin_in_their_own_language(client, staff, translator, puncion_seca):
    profile = UserProfile.get_for_user(translator)
    profile.preferred_language = "es"
    profile.save()

    verified_login(client, translator)
    html = client.get(f"/admin/pages/{puncion_seca.pk}/edit/").content.decode()
    assert '<html lang="es"' in html and "Guardar borrador" in html

    verified_login(client, staff["editor"])  # no preference: the site's default, English
    html = client.get(f"/admin/pages/{puncion_seca.pk}/edit/").content.decode()
    assert '<html lang="en"' in html and "Save draft" in html


def test_the_preferences_form_lets_staff_choose_spanish(client, staff):
    verified_login(client, staff["editor"])
    html = client.get("/admin/account/").content.decode()
    assert 'value="es"' in html
    assert 'value="fr"' not in html
