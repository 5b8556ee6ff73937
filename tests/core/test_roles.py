"""The three roles: what each group holds, and what each can and cannot reach in the admin."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management.sql import emit_post_migrate_signal
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import GroupCollectionPermission, GroupPagePermission, Site

from core.roles import (
    CLINICAL_REVIEWERS,
    FRONT_DESK,
    MARKETING_EDITORS,
    ROLES,
    TRANSLATORS,
    apply_role_permissions,
    find_permissions,
)
from home.models import ContentPage
from tests.admin_forms import content_form, treatment_form
from tests.twofactor import verified_login


def model_permissions(name):
    return {
        f"{p.content_type.app_label}.{p.codename}"
        for p in Group.objects.get(name=name).permissions.select_related("content_type")
    }


def page_permissions(name):
    return {
        (gpp.page.specific_class.__name__, gpp.permission.codename)
        for gpp in GroupPagePermission.objects.filter(group__name=name).select_related("page", "permission")
    }


def collection_permissions(name):
    return set(
        GroupCollectionPermission.objects.filter(group__name=name).values_list("permission__codename", flat=True)
    )


SYNONYM_PERMISSIONS = {f"site_search.{a}_synonym" for a in ["add", "change", "delete", "view"]}
SEARCH_TERM_PERMISSIONS = {f"site_search.{a}_searchterm" for a in ["add", "change", "delete", "view"]}
# Editors add and improve emergency phrases; only administrators remove one.
EMERGENCY_SIGN_PERMISSIONS = {f"site_search.{a}_emergencysign" for a in ["add", "change", "view"]}


def test_each_role_holds_exactly_what_its_name_promises(treatment_index):
    searchpromotion = {f"wagtailsearchpromotions.{a}_searchpromotion" for a in ["add", "change", "delete", "view"]}
    taxonomy = {f"treatments.{a}_{m}" for a in ["add", "change", "delete", "view"] for m in ["condition", "bodyarea"]}
    # The credentials and languages clinician pages are described by (people app snippets).
    taxonomy |= {f"people.{a}_{m}" for a in ["add", "change", "delete", "view"] for m in ["credential", "language"]}
    glossary = {f"readability.{a}_glossaryterm" for a in ["add", "change", "delete", "view"]}
    testimonials = {f"trust.{a}_testimonial" for a in ["add", "change", "delete", "view"]}
    assert (
        model_permissions(MARKETING_EDITORS)
        == {"wagtailadmin.access_admin"}
        | searchpromotion
        | SYNONYM_PERMISSIONS
        | SEARCH_TERM_PERMISSIONS
        | EMERGENCY_SIGN_PERMISSIONS
        | taxonomy
        | glossary
        | testimonials
        | {"wagtail_localize.submit_translation"}  # "Translate this page", "Sync translated pages"
    )
    assert collection_permissions(MARKETING_EDITORS) == {
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
    }
    assert page_permissions(MARKETING_EDITORS) == {
        ("Page", "add_page"),
        ("Page", "change_page"),
        ("Page", "publish_page"),
    }

    assert model_permissions(CLINICAL_REVIEWERS) == {"wagtailadmin.access_admin"} | glossary
    assert collection_permissions(CLINICAL_REVIEWERS) == {"choose_image", "choose_document"}
    assert page_permissions(CLINICAL_REVIEWERS) == {("TreatmentIndexPage", "change_page")}

    assert model_permissions(FRONT_DESK) == {"wagtailadmin.access_admin", "wagtailforms.view_formsubmission"}
    assert not collection_permissions(FRONT_DESK)
    assert not page_permissions(FRONT_DESK)

    # Translators translate and edit pages but publish nothing (a Spanish treatment goes live through review).
    assert model_permissions(TRANSLATORS) == {
        "wagtailadmin.access_admin",
        "wagtail_localize.submit_translation",
        "readability.add_glossaryterm",
        "readability.change_glossaryterm",
        "readability.view_glossaryterm",
    }
    assert collection_permissions(TRANSLATORS) == {"choose_image", "choose_document"}
    assert page_permissions(TRANSLATORS) == {("Page", "add_page"), ("Page", "change_page")}


def test_synonym_permissions_are_granted_once_the_model_exists(db):
    """Permissions of a model not installed yet are skipped, and granted on the first run after it arrives."""
    assert find_permissions(Permission, "site_search", "no_such_model", ["add"]) == []
    synonym, _ = ContentType.objects.get_or_create(app_label="site_search", model="synonym")
    for action in ["add", "change", "delete", "view"]:
        Permission.objects.get_or_create(
            content_type=synonym, codename=f"{action}_synonym", defaults={"name": f"Can {action} synonym"}
        )
    editors = Group.objects.get(name=MARKETING_EDITORS)
    editors.permissions.remove(*Permission.objects.filter(content_type=synonym))  # as before the app arrived

    apply_role_permissions()

    assert {perm for perm in model_permissions(MARKETING_EDITORS) if perm.startswith("site_search.")} == (
        SYNONYM_PERMISSIONS | SEARCH_TERM_PERMISSIONS | EMERGENCY_SIGN_PERMISSIONS
    )
    assert not any(perm.startswith("site_search.") for perm in model_permissions(FRONT_DESK))


def test_every_migrate_puts_the_role_table_back(treatment_index):
    editors = Group.objects.get(name=MARKETING_EDITORS)
    editors.permissions.remove(Permission.objects.get(codename="add_searchpromotion"))
    GroupPagePermission.objects.filter(group__name=CLINICAL_REVIEWERS).delete()

    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")

    assert "wagtailsearchpromotions.add_searchpromotion" in model_permissions(MARKETING_EDITORS)
    assert page_permissions(CLINICAL_REVIEWERS) == {("TreatmentIndexPage", "change_page")}


def test_applying_twice_changes_nothing(treatment_index):
    def snapshot():
        return {name: (model_permissions(name), page_permissions(name), collection_permissions(name)) for name in ROLES}

    before = snapshot()
    apply_role_permissions()
    apply_role_permissions()
    assert snapshot() == before
    assert GroupPagePermission.objects.count() == GroupPagePermission.objects.distinct().count()


# --- The permission matrix -------------------------------------------------------------------------------

ROLES_UNDER_TEST = ["editor", "reviewer", "front_desk", "admin"]


def is_allowed(response):
    # The explorer sends a user whose pages start lower in the tree to that page: still allowed.
    return response.status_code == 200 or (
        response.status_code == 302 and response["Location"].startswith("/admin/pages/")
    )


def is_refused(response):
    """Wagtail refuses in one of three ways: 403, the login page, or the dashboard with an error message."""
    if response.status_code == 403:
        return True
    if response.status_code == 302:
        location = response["Location"]
        return "/admin/login/" in location or location.rstrip("/").endswith("/admin")
    return False


@pytest.fixture
def site(home_page, treatment_index, make_treatment, appointment_page, staff):
    about = home_page.add_child(instance=ContentPage(title="About us", slug="about", summary="Who we are."))
    about.save_revision().publish()
    FormSubmission.objects.create(page=appointment_page, form_data={"name": "Pat Example", "phone": "303 555 0100"})
    return {
        "index": treatment_index,
        "treatment": make_treatment("Dry Needling"),
        "about": about,
        "appointments": appointment_page,
        **staff,
    }


def url_for(name, site):
    return {
        "pages explorer": "/admin/pages/",
        "add treatment page": f"/admin/pages/add/treatments/treatmentpage/{site['index'].pk}/",
        "edit treatment page": f"/admin/pages/{site['treatment'].pk}/edit/",
        "edit content page": f"/admin/pages/{site['about'].pk}/edit/",
        "form submissions": f"/admin/forms/submissions/{site['appointments'].pk}/",
        "submissions CSV export": f"/admin/forms/submissions/{site['appointments'].pk}/?export=csv",
        "users": "/admin/users/",
        "groups": "/admin/groups/",
        "site settings": f"/admin/settings/core/clinicsettings/{Site.objects.get(is_default_site=True).pk}/",
        "workflows (settings)": "/admin/workflows/list/",
        "treatment reviews report": "/admin/reports/treatment-reviews-due/",
        "workflow report": "/admin/reports/workflow/",
        "search promotions": "/admin/searchpicks/",
        "images": "/admin/images/",
        "documents": "/admin/documents/",
        "snippets": "/admin/snippets/",
        "emergency signs": "/admin/snippets/site_search/emergencysign/",
    }[name]


# Which roles may open each admin screen. Everyone else must be refused.
ALLOWED = {
    "pages explorer": {"editor", "reviewer", "admin"},
    "add treatment page": {"editor", "admin"},
    "edit treatment page": {"editor", "reviewer", "admin"},
    "edit content page": {"editor", "admin"},
    "form submissions": {"front_desk", "admin"},
    "submissions CSV export": {"front_desk", "admin"},
    "users": {"admin"},
    "groups": {"admin"},
    "site settings": {"admin"},
    "workflows (settings)": {"admin"},
    "treatment reviews report": {"editor", "reviewer", "admin"},
    "workflow report": {"editor", "reviewer", "admin"},
    "search promotions": {"editor", "admin"},
    "emergency signs": {"editor", "admin"},
    "images": {"editor", "admin"},
    "documents": {"editor", "admin"},
    # The snippets are the team's credentials and languages (people/taxonomy.py), kept by marketing editors.
    "snippets": {"editor", "admin"},
}


@pytest.mark.parametrize("screen", sorted(ALLOWED))
@pytest.mark.parametrize("role", ROLES_UNDER_TEST)
def test_permission_matrix(client, site, role, screen):
    verified_login(client, site[role])
    response = client.get(url_for(screen, site), follow=False)
    if role in ALLOWED[screen]:
        assert is_allowed(response), f"{role} should open {screen}, got {response.status_code}"
    else:
        assert is_refused(response), f"{role} should be refused {screen}, got {response.status_code}"


def edit_form(page, title):
    """The page's edit form as the admin posts it, with a new title."""
    if isinstance(page.specific, ContentPage):
        return content_form(title, page.slug)
    return treatment_form(title=title, slug=page.slug)


@pytest.mark.parametrize(
    ("role", "treatment_publishes", "content_publishes"),
    [
        ("editor", False, True),
        ("reviewer", False, False),
        ("front_desk", False, False),
        ("admin", True, True),
    ],
)
def test_who_can_publish_directly(client, site, role, treatment_publishes, content_publishes):
    """Clicking Publish: a treatment page goes live only for administrators; content pages for editors too."""
    verified_login(client, site[role])
    for page, should_publish in ((site["treatment"], treatment_publishes), (site["about"], content_publishes)):
        data = {**edit_form(page, "New title"), "action-publish": "action-publish"}
        client.post(f"/admin/pages/{page.pk}/edit/", data)
        page.refresh_from_db()  # the page row holds the live version
        assert (page.title == "New title") is should_publish, (role, page.specific_class.__name__)
        if role == "editor" and not should_publish:
            # The edit was kept as a draft: refused publishing, not a rejected form.
            assert page.get_latest_revision().as_object().title == "New title"
