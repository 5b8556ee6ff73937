from django.db import migrations


def load(apps, schema_editor):
    from search.emergency_defaults import load_default_signs
    from search.emergency_defaults_es import SPANISH_SIGNS
    from search.lexicon import LEXICONS, load_default_terms

    load_default_terms(
        apps.get_model("site_search", "SearchTerm"),
        apps.get_model("treatments", "BodyArea"),
        path=LEXICONS["es"],
        language="es",
    )
    load_default_signs(apps.get_model("site_search", "EmergencySign"), signs=SPANISH_SIGNS, language="es")


class Migration(migrations.Migration):
    dependencies = [
        ("site_search", "0010_languages"),
        ("treatments", "0003_default_body_areas"),
    ]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
