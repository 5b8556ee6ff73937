from django.core.management.base import BaseCommand

from search.models import Synonym
from search.thesaurus import load_default_synonyms


class Command(BaseCommand):
    help = "Add the default clinic thesaurus groups that are missing (edited groups are left alone)."

    def handle(self, *args, **options):
        added = load_default_synonyms(Synonym)
        self.stdout.write(f"{added} synonym groups added; {Synonym.objects.count()} in all.")
