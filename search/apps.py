from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class SearchConfig(AppConfig):
    name = "search"
    label = "site_search"

    def ready(self):
        from .models import SearchTerm, Synonym
        from .vocabulary import forget_corpus_version

        post_save.connect(forget_corpus_version, sender=Synonym, dispatch_uid="search-synonym-saved")
        post_delete.connect(forget_corpus_version, sender=Synonym, dispatch_uid="search-synonym-deleted")
        post_save.connect(forget_corpus_version, sender=SearchTerm, dispatch_uid="search-term-saved")
        post_delete.connect(forget_corpus_version, sender=SearchTerm, dispatch_uid="search-term-deleted")
