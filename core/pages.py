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
from .page_cache import CachedPageMixin, until_next_change
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


def remember_parent(child, parent):
    """Tell ``child`` what routing learnt: its parent, and (when the route began at a home page just
    under the tree's root) its ancestors, so breadcrumbs need no query (:func:`core.seo.ancestors_of`)."""
    child._cached_parent_obj = parent  # treebeard's get_parent() reads it
    if hasattr(parent, "_clinic_ancestors"):
        child._clinic_ancestors = [*parent._clinic_ancestors, parent]
    elif parent.depth == 2:
        child._clinic_ancestors = [parent]


class RoutingMixin:
    """Wagtail's route, one query cheaper per page passed through on the way to a deeper one: a page
    only passed through is made specific without loading its own fields (``specific_deferred``);
    routing needs only its type and tree position, so it is kept until the next change. The page served
    is loaded whole, as Wagtail does."""

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        slug, remaining = path_components[0], path_components[1:]
        if remaining:
            # A page passed through (the treatments list on the way to a treatment) is found once per
            # generation: adding, moving, renaming or deleting one starts a new one.
            child = until_next_change(f"route-through:{self.pk}:{slug}", lambda: self.child_passed_through(slug))
        else:
            child = self.get_children().filter(slug=slug).first()
            child = child.specific if child is not None else None
        if child is None:
            raise Http404
        remember_parent(child, self)
        return child.route(request, remaining)

    def child_passed_through(self, slug):
        child = self.get_children().filter(slug=slug).first()
        return child.specific_deferred if child is not None else None


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
        remember_parent(child, self)
        return child.route(request, [])


class BasePage(RoutingMixin, SummaryMixin, CachedPageMixin, Page):
    """A page whose anonymous view is the same for everyone, with a summary (abstract: no table)."""

    class Meta:
        abstract = True
