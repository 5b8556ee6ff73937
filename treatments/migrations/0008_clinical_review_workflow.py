from django.db import migrations

# install_clinical_review takes the migration's historical model registry and uses only plain ORM calls
# on it, so it runs the same here as when a treatments index is created (treatments.apps).
from treatments.review import CLINICAL_REVIEW, install_clinical_review


def forwards(apps, schema_editor):
    """Create the Clinical review workflow on a new database.

    Until this migration, core's 0002_roles_and_clinical_review did it: a site migrated by that version
    already has the workflow or its task, and nothing is done there, so an administrator's later choices
    (taking the workflow off an index, say) stay as they are.
    """
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    if Workflow.objects.filter(name=CLINICAL_REVIEW).exists() or GroupApprovalTask.objects.filter(
        name=CLINICAL_REVIEW
    ).exists():
        return
    install_clinical_review(apps)


class Migration(migrations.Migration):
    dependencies = [
        # After the role groups exist (Clinical reviewers approve the workflow's task).
        ("core", "0002_roles_and_clinical_review"),
        ("treatments", "0007_changes_since_review"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
