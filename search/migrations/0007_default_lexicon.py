from django.db import migrations


def load(apps, schema_editor):
    from search.lexicon import load_default_terms

    load_default_terms(apps.get_model("site_search", "SearchTerm"), apps.get_model("treatments", "BodyArea"))


class Migration(migrations.Migration):
    dependencies = [
        ("site_search", "0006_search_terms"),
        ("treatments", "0003_default_body_areas"),
    ]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
