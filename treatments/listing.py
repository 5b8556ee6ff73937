"""The treatments list one page at a time, A to Z, so no page grows with the catalogue.

Only titles are read for the whole list (to sort it and to know on which page each letter starts);
the cards of one page are then read whole. Pages and letters are plain links with query strings
(``?page=3``, ``?area=shoulder&page=2``), so browsing works without JavaScript.
"""

from dataclasses import dataclass

from django.core.paginator import InvalidPage, Paginator
from django.http import Http404
from django.utils.http import urlencode

from core.sorting import a_to_z_key

PER_PAGE = 50


@dataclass(frozen=True)
class Letter:
    letter: str
    query: str  # the query string of the page it starts on
    current: bool  # it starts on the page shown


@dataclass(frozen=True)
class Listing:
    treatments: list
    page: object  # django.core.paginator.Page of (pk, title) rows
    letters: list
    filters: dict  # ?area= / ?condition= kept on every link

    def query(self, number):
        """The query string of page ``number`` with the same filters (page 1 has no ``page``)."""
        return urlencode({**self.filters, **({"page": number} if number > 1 else {})})

    @property
    def previous_query(self):
        return self.query(self.page.previous_page_number()) if self.page.has_previous() else None

    @property
    def next_query(self):
        return self.query(self.page.next_page_number()) if self.page.has_next() else None


def letter_of(title):
    first = a_to_z_key(title)[0][:1].upper()
    return first if first.isalpha() else "#"


def paginate(treatments, page_param, filters):
    """Page ``page_param`` ("" for the first) of ``treatments`` A to Z; Http404 for a page that does not
    exist or is not a whole number."""
    rows = sorted(treatments.values_list("pk", "title"), key=lambda row: a_to_z_key(row[1]))
    paginator = Paginator(rows, PER_PAGE)
    try:
        page = paginator.page(page_param or 1)
    except InvalidPage as error:
        raise Http404("No such page of treatments") from error
    starts = {}
    for index, (_, title) in enumerate(rows):
        starts.setdefault(letter_of(title), index // PER_PAGE + 1)
    listing = Listing([], page, [], filters)
    letters = [Letter(letter, listing.query(number), number == page.number) for letter, number in starts.items()]
    by_pk = treatments.defer_streamfields().in_bulk([pk for pk, _ in page.object_list])
    cards = [by_pk[pk] for pk, _ in page.object_list if pk in by_pk]
    return Listing(cards, page, letters, filters)
