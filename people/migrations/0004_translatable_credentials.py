import uuid

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0003_translatable_credentials_populate"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AlterField(
            model_name="credential",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="credential",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="credential",
            name="abbreviation",
            field=models.CharField(help_text="As written after a name, e.g. DPT.", max_length=20),
        ),
        migrations.AlterUniqueTogether(
            name="credential",
            unique_together={("translation_key", "locale")},
        ),
        migrations.AddConstraint(
            model_name="credential",
            constraint=models.UniqueConstraint(fields=("locale", "abbreviation"), name="unique_credential_per_locale"),
        ),
    ]
