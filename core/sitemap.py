"""/sitemap.xml for every language: Wagtail's sitemap lists the pages under the site's (English) home page
only; a translated home page is that page's sibling, so its pages are added here."""

from functools import reduce
from operator import or_

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class AllLanguagesSitemap(Sitemap):
    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        under_a_root = reduce(or_, (Q(path__startswith=root.path) for root in roots))
        return Page.objects.filter(under_a_root).live().public().order_by("path").defer_streamfields().specific()
