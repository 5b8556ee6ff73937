from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    label = "site_search"

    def ready(self):
        from treatments.importer import read_names_with

        from .condition_names import reader
        from .corpus import connect_signals

        connect_signals()
        # Imported pages are filed under the conditions their text names as search reads words (stems, lay names).
        read_names_with(reader)
