"""Remove Wagtail's starter groups "Editors" and "Moderators": the clinic's roles are core/roles.py.

Wagtail's first migrations create both groups and the "Moderators approval" workflow. Here they would
sit beside the three clinic roles, undocumented, in every administrator's choice of groups. A group
someone is still in is left alone, with a message saying so: removing it would silently take that
person's permissions away.
"""

from django.db import migrations

STARTER_GROUPS = ["Editors", "Moderators"]
STARTER_WORKFLOW = "Moderators approval"


def remove_starter_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=STARTER_GROUPS):
        members = group.user_set.count()
        if members:
            # migrate's output is where the operator who runs it will see this.
            print(
                f'\n  Group "{group.name}" kept: {members} user(s) still in it. Move them to a clinic role '
                f"(Marketing editors, Clinical reviewers, Front desk), then delete the group under Settings → Groups."
            )
            continue
        group.delete()
    retire_starter_workflow(apps, Group)


def retire_starter_workflow(apps, Group):
    """With "Moderators" gone nobody but administrators could approve the starter workflow's task; when it
    is assigned nowhere and nothing is in it, deactivate it (Settings → Workflows can enable it again)."""
    if Group.objects.filter(name="Moderators").exists():
        return
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    for workflow in Workflow.objects.filter(name=STARTER_WORKFLOW, active=True):
        in_use = (
            workflow.workflow_pages.exists()
            or workflow.workflow_content_types.exists()
            or WorkflowState.objects.filter(workflow=workflow, status="in_progress").exists()
        )
        if not in_use:
            workflow.active = False
            workflow.save(update_fields=["active"])


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0004_clinic_geo_and_social_image"),
        ("wagtailcore", "0098_apitoken"),
    ]

    # Unapplying does not bring them back: Wagtail's starter permissions are not the clinic's.
    operations = [migrations.RunPython(remove_starter_groups, migrations.RunPython.noop)]
