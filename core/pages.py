"""What every page type shares, as small mixins and one abstract base page (news-template's pattern).

A page type picks the mixins it needs: a summary for search results and search engines, an outline
of its stream for the contents list and anchors, and the page cache. None of them adds a database
field, so adopting them changes no table.
"""

from django.http import Http404
from django.utils.functional import cached_property
from wagtail.fields import RichTextField
from wagtail.models import Page

from .outline import outline
from .page_cache import CachedPageMixin
from .seo import plain_text


class SummaryMixin:
    """``search_summary``: the page's one-line description in search results and meta descriptions.

    ``summary_fields`` names where it comes from, first non-empty wins; rich text is read as plain text.
    """

    summary_fields = ("search_description",)

    @property
    def search_summary(self):
        for name in self.summary_fields:
            value = getattr(self, name, "")
            if isinstance(self._meta.get_field(name), RichTextField):
                value = plain_text(value)
            if value:
                return value
        return ""


class SectionsMixin:
    """``sections`` (every block of the stream, with its anchor) and ``contents`` (the headed ones)."""

    sections_field = "body"

    @cached_property
    def sections(self):
        return outline(getattr(self, self.sections_field))

    @property
    def contents(self):
        return [section for section in self.sections if section.heading]


class OneQueryChildRouteMixin:
    """For an index page: route to a child page in one query (Wagtail's own route takes three).

    ``child_route_queryset()`` gives the children's specific type with what their page shows
    (``select_related``); anything deeper than one level is routed by Wagtail as usual.
    """

    def child_route_queryset(self):
        raise NotImplementedError

    def route(self, request, path_components):
        if len(path_components) != 1:
            return super().route(request, path_components)
        child = self.child_route_queryset().child_of(self).filter(slug=path_components[0]).first()
        if child is None:
            raise Http404
        child._cached_parent_obj = self
        return child.route(request, [])


class BasePage(SummaryMixin, CachedPageMixin, Page):
    """A page whose anonymous view is the same for everyone, with a summary (abstract: no table)."""

    class Meta:
        abstract = True
