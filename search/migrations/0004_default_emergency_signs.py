from django.db import migrations


def load(apps, schema_editor):
    from search.emergency_defaults import load_default_signs

    load_default_signs(apps.get_model("site_search", "EmergencySign"))


class Migration(migrations.Migration):
    dependencies = [("site_search", "0003_emergency_signs")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
