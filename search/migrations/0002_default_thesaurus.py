from django.db import migrations


def load(apps, schema_editor):
    from search.thesaurus import load_default_synonyms

    load_default_synonyms(apps.get_model("site_search", "Synonym"))


class Migration(migrations.Migration):
    dependencies = [("site_search", "0001_synonyms_and_zero_results")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
