# Existing credentials become the default language's (English) rows, each with its own translation key.
from django.db import migrations
from wagtail.models import BootstrapTranslatableModel


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0002_translatable_credentials_bootstrap"),
        ("wagtailcore", "0054_initial_locale"),
    ]

    operations = [BootstrapTranslatableModel("people.Credential")]
