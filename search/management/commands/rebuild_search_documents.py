from django.core.management.base import BaseCommand

from search.corpus import sync


class Command(BaseCommand):
    help = (
        "Build the stored search document of every live, public page (and the vocabulary's counts), "
        "removing those of pages no longer live. Publishing keeps them up to date; run this after a "
        "deploy that changes how documents are built, or after pages were made live in bulk."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--only-stale", action="store_true", help="build only missing or outdated documents, not every one"
        )

    def handle(self, *args, only_stale=False, **options):
        counts = sync(rebuild=not only_stale)
        self.stdout.write(
            f"{counts['stored']} documents built, {counts['removed']} removed, {counts['pages']} live pages."
        )
