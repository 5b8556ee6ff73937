"""The Translators group, and wagtail-localize's "submit translation" permission for Marketing editors.

Both come from core/roles.py through apply_role_permissions, the same code the first roles migration ran.
"""

from django.db import migrations

from core.roles import apply_role_permissions


def forwards(apps, schema_editor):
    apply_role_permissions(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0007_social_links"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    # Unapplying leaves the group in place: by then it may have members.
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
