"""The clinic's staff roles, as one table, and the code that gives each group what the table lists.

Administrators are Django superusers: they manage users, groups and site settings, and are in no group.

``apply_role_permissions()`` runs from the data migration that creates the groups and again after every
``migrate`` (``core.apps``), so a permission whose model arrives later (the search synonyms) is granted as
soon as it exists. It only ever adds: an administrator may widen a role in the admin and a deploy will not
undo it. Narrowing a role takes a change here *and* a migration that removes the permission.
"""

from django.apps import apps as global_apps

MARKETING_EDITORS = "Marketing editors"
CLINICAL_REVIEWERS = "Clinical reviewers"
FRONT_DESK = "Front desk"
# Staff who translate pages (wagtail-localize) without publishing them: a translated treatment goes live only
# through clinical review, any other translated page when a marketing editor publishes it.
TRANSLATORS = "Translators"
# Clinical reviewers who read Spanish well enough to sign off a Spanish treatment page (treatments/language_review.py).
# A marker: its members also belong to Clinical reviewers, whose group holds the review task.
SPANISH_CLINICAL_REVIEWERS = "Spanish clinical reviewers"
LANGUAGE_REVIEWERS = {"es": SPANISH_CLINICAL_REVIEWERS}

# "permissions": (app label, model, actions) → the model permissions "<action>_<model>".
# "collections": the same, granted on the root collection, so on every image and document.
# "pages": page permissions per part of the page tree, each covering that page and everything below it:
#   "site" is the root of the page tree; "treatments" is the treatments index and "team" the "Our team"
#   index (people.OurTeamPage), each granted once it exists.
ROLES = {
    MARKETING_EDITORS: {
        "permissions": [
            ("wagtailadmin", "admin", ["access"]),
            ("wagtailsearchpromotions", "searchpromotion", ["add", "change", "delete", "view"]),
            ("site_search", "synonym", ["add", "change", "delete", "view"]),
            ("site_search", "searchterm", ["add", "change", "delete", "view"]),
            # Phrases that put "call 911" above search results: editors add and improve them; only an
            # administrator may remove one.
            ("site_search", "emergencysign", ["add", "change", "view"]),
            # The shared conditions and body areas that treatments are filed under.
            ("treatments", "condition", ["add", "change", "delete", "view"]),
            ("treatments", "bodyarea", ["add", "change", "delete", "view"]),
            # The credentials and languages clinician pages are described by.
            ("people", "credential", ["add", "change", "delete", "view"]),
            ("people", "language", ["add", "change", "delete", "view"]),
            # Words patients need that do not count against a page's reading grade (the claims list is
            # for administrators only).
            ("readability", "glossaryterm", ["add", "change", "delete", "view"]),
            # Patients' words on the home and treatment pages, each with their permission.
            ("trust", "testimonial", ["add", "change", "delete", "view"]),
            # "Translate this page" and "Sync translated pages" (wagtail-localize's one permission).
            ("wagtail_localize", "translation", ["submit"]),
        ],
        "collections": [
            ("wagtailimages", "image", ["add", "change", "choose"]),
            ("wagtaildocs", "document", ["add", "change", "choose"]),
        ],
        # Publishing here covers content pages. Treatment pages refuse direct publishing to everyone but
        # administrators (treatments/permissions.py): they go live only through clinical review.
        "pages": {"site": ["add", "change", "publish"]},
    },
    CLINICAL_REVIEWERS: {
        "permissions": [
            ("wagtailadmin", "admin", ["access"]),
            ("readability", "glossaryterm", ["add", "change", "delete", "view"]),
        ],
        # Choosing images and documents is part of editing a treatment page; uploading is not.
        "collections": [
            ("wagtailimages", "image", ["choose"]),
            ("wagtaildocs", "document", ["choose"]),
        ],
        # No publish: approving in the Clinical review workflow is what publishes (treatments/review.py).
        "pages": {"treatments": ["change"], "team": ["change"]},
    },
    SPANISH_CLINICAL_REVIEWERS: {},
    TRANSLATORS: {
        "permissions": [
            ("wagtailadmin", "admin", ["access"]),
            ("wagtail_localize", "translation", ["submit"]),
            # Words patients need in either language that do not count against a page's reading level.
            ("readability", "glossaryterm", ["add", "change", "view"]),
        ],
        "collections": [
            ("wagtailimages", "image", ["choose"]),
            ("wagtaildocs", "document", ["choose"]),
        ],
        # Creating and editing translations is adding and changing pages; no publish (see TRANSLATORS above).
        "pages": {"site": ["add", "change"]},
    },
    FRONT_DESK: {
        "permissions": [
            ("wagtailadmin", "admin", ["access"]),
            # Lists and exports appointment requests (appointments/wagtail_hooks.py); nothing else.
            ("wagtailforms", "formsubmission", ["view"]),
        ],
    },
}


def find_permissions(Permission, app_label, model, actions):
    """The permissions that exist; those of a model not migrated yet are skipped, not created."""
    codenames = [f"{action}_{model}" for action in actions]
    return list(
        Permission.objects.filter(content_type__app_label=app_label, content_type__model=model, codename__in=codenames)
    )


def page_scopes(apps):
    """The pages each "pages" key of ROLES stands for (none while the page tree is empty)."""
    Page = apps.get_model("wagtailcore", "Page")
    TreatmentIndexPage = apps.get_model("treatments", "TreatmentIndexPage")
    try:  # by name: core imports no app; an early migration's registry has no people app yet
        team = list(apps.get_model("people", "OurTeamPage").objects.all())
    except LookupError:
        team = []
    return {
        "site": list(Page.objects.filter(depth=1)),
        "treatments": list(TreatmentIndexPage.objects.all()),
        "team": team,
    }


def apply_role_permissions(apps=global_apps):
    """Create the groups and grant what ROLES lists. Safe to run any number of times.

    ``apps`` is the model registry: a migration passes its historical one, everything else the live one.
    """
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")

    root_collection = Collection.objects.filter(depth=1).first()
    scopes = page_scopes(apps)

    for name, role in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, model, actions in role.get("permissions", []):
            group.permissions.add(*find_permissions(Permission, app_label, model, actions))

        for app_label, model, actions in role.get("collections", []) if root_collection else []:
            for permission in find_permissions(Permission, app_label, model, actions):
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )

        for scope, actions in role.get("pages", {}).items():
            permissions = find_permissions(Permission, "wagtailcore", "page", actions)
            for page in scopes[scope]:
                for permission in permissions:
                    GroupPagePermission.objects.get_or_create(group=group, page_id=page.pk, permission=permission)
