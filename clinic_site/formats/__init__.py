"""Date formats per language (settings.FORMAT_MODULE_PATH); what is not set here falls back to Django's."""
