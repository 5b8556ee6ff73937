from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    label = "site_search"

    def ready(self):
        from .corpus import connect_signals

        connect_signals()
