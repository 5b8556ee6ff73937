# Existing conditions and body areas become the default language's (English) rows, each with its own
# translation key: Wagtail's documented BootstrapTranslatableModel step (wagtail/models/i18n.py).
from django.db import migrations
from wagtail.models import BootstrapTranslatableModel


class Migration(migrations.Migration):
    dependencies = [
        ("treatments", "0013_translatable_labels_bootstrap"),
        ("wagtailcore", "0054_initial_locale"),
    ]

    operations = [
        BootstrapTranslatableModel("treatments.Condition"),
        BootstrapTranslatableModel("treatments.BodyArea"),
    ]
