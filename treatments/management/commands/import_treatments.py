from collections import Counter
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page

from treatments.importer import FORMATS, MalformedFile, add_listed_conditions, import_treatment, parse_file
from treatments.models import TreatmentIndexPage, TreatmentPage


class Command(BaseCommand):
    help = (
        "Import treatment pages from Markdown (.md, .markdown) or plain text (.txt) files. "
        "A page whose slug already exists under the treatments index is updated, not duplicated."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="Files, or folders of .md/.txt files.")
        parser.add_argument("--publish", action="store_true", help="Publish the pages (default: save drafts).")
        parser.add_argument(
            "--parent",
            metavar="SLUG",
            help="Slug of the treatments index page to import into (default: the only one).",
        )
        parser.add_argument("--dry-run", action="store_true", help="Report what would happen; write nothing.")

    def handle(self, *args, paths, publish, parent, dry_run, **options):
        index = find_index(parent)
        counts = Counter()
        parsed_files = []
        for path in expand(paths):
            try:
                parsed_files.append((path, self.parse(path)))
            except MalformedFile as error:
                self.stderr.write(str(error))
                counts["failed"] += 1
        if not dry_run:
            add_listed_conditions(parsed for _path, parsed in parsed_files)
        for path, parsed in parsed_files:
            try:
                outcome = self.import_file(path, parsed, index, publish, dry_run)
            except MalformedFile as error:
                self.stderr.write(str(error))
                outcome = "failed"
            counts[outcome] += 1

        if dry_run:
            self.stdout.write(
                f"dry run: {counts['created']} would be created, {counts['updated']} would be updated, "
                f"{counts['failed']} failed; nothing was written"
            )
        else:
            self.stdout.write(f"{counts['created']} created, {counts['updated']} updated, {counts['failed']} failed")
        if counts["failed"]:
            files = "file" if counts["failed"] == 1 else "files"
            raise CommandError(f"{counts['failed']} {files} could not be imported")

    def parse(self, path):
        parsed = parse_file(path)
        for note in parsed.assumptions:
            self.stderr.write(f"{note}")
        return parsed

    def import_file(self, path, parsed, index, publish, dry_run):
        """Import one parsed file and print what happened; returns "created" or "updated"."""
        if dry_run:
            exists = TreatmentPage.objects.child_of(index).filter(slug=parsed.slug).exists()
            outcome = "updated" if exists else "created"
            self.stdout.write(f"would {outcome[:-1]} {parsed.slug} ({parsed.title})")
            return outcome
        try:
            _page, created = import_treatment(parsed, parent=index, publish=publish)
        except ValidationError as error:
            # The file was fine but the page was not, e.g. its slug is taken by another kind of page.
            raise MalformedFile(path, 1, "could not save the page: " + " ".join(error.messages)) from None
        outcome = "created" if created else "updated"
        self.stdout.write(f"{outcome} {parsed.slug} ({parsed.title})")
        return outcome


def find_index(slug):
    if slug:
        index = TreatmentIndexPage.objects.filter(slug=slug).first()
        if index is None:
            page = Page.objects.filter(slug=slug).first()
            if page is None:
                raise CommandError(f'No page has the slug "{slug}".')
            raise CommandError(f'"{slug}" is a {page.specific_class._meta.verbose_name}, not a treatments index page.')
        return index
    indexes = list(TreatmentIndexPage.objects.all()[:2])
    if not indexes:
        raise CommandError("There is no treatments index page yet; add one under the home page first.")
    if len(indexes) > 1:
        raise CommandError("There is more than one treatments index page; choose one with --parent SLUG.")
    return indexes[0]


def expand(paths):
    """The files to import, in the order given; folders contribute their .md and .txt files by name."""
    for name in paths:
        path = Path(name)
        if path.is_dir():
            yield from sorted(child for child in path.iterdir() if child.suffix.lower() in FORMATS)
        else:
            yield path
