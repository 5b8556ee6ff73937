# Credentials become translatable in three steps, Wagtail's documented pattern for an existing model
# (wagtail/models/i18n.py, BootstrapTranslatableModel): nullable fields, filled in, then required.
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0001_clinicians_and_team_index"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="credential",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
            ),
        ),
        migrations.AddField(
            model_name="credential",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
    ]
