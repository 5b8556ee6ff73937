from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from core.site_address import set_default_site_address


class Command(BaseCommand):
    help = "Give the default Site the address the site is served on (links, sitemap, structured data)."

    def add_arguments(self, parser):
        parser.add_argument("url", nargs="?", help="e.g. http://127.0.0.1:8000 (default: the SITE_URL setting)")

    def handle(self, *args, url=None, **options):
        url = url or settings.SITE_URL
        if not url:
            raise CommandError("Give the address, e.g. set_site_address https://clinic.example, or set SITE_URL.")
        try:
            site = set_default_site_address(url)
        except ValidationError as error:
            raise CommandError(error.messages[0]) from None
        if site is None:
            raise CommandError("There is no default Site yet: run manage.py migrate first.")
        self.stdout.write(f"Site address: {site.root_url}")
