from django.db import migrations

# apply_role_permissions takes the migration's historical model registry and uses only plain ORM calls on
# it, so it runs the same here as after every migrate (core.apps); keep it that way.
from core.roles import apply_role_permissions

DEFAULT_MODERATION = "Moderators approval"


def detach_default_moderation(apps):
    """Take Wagtail's starter "Moderators approval" workflow off the root of the page tree.

    Wagtail assigns it to every page; here it would offer editors of content pages a review by a
    "Moderators" group nobody belongs to. Treatments have their own workflow. The workflow itself stays,
    so an administrator can assign it again.
    """
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowPage.objects.filter(page__depth=1, workflow__name=DEFAULT_MODERATION).delete()


def forwards(apps, schema_editor):
    # On a new database, some apps' permissions do not exist yet (Django creates them after all
    # migrations): those are granted by the post_migrate handler in core.apps, which runs the same code.
    apply_role_permissions(apps)
    # The Clinical review workflow was installed here too; it is treatments' own set-up, so it moved to
    # treatments/migrations/0008_clinical_review_workflow.py (which does nothing where this already did it).
    detach_default_moderation(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("core", "0001_initial"),
        ("treatments", "0001_initial"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailforms", "0005_alter_formsubmission_form_data"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    # Unapplying leaves the groups in place: by then they have members.
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
