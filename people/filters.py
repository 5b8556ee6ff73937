"""The team index's filters: by treatment, location and language (``?treatment=``, ``?location=``, ``?language=``).

A clinic's team is a few dozen people at most, so the index reads the whole team once (with what the
cards show) and filters in memory: the choices offered are exactly those that match someone, and a
filtered view costs the same few queries as the full list.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.validators import slug_unicode_re as slug_re
from django.utils.translation import gettext_lazy as _

from core.sorting import a_to_z


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


class TeamFilters:
    params = ("treatment", "location", "language")

    def __init__(self, team, query):
        self.team = team
        options = {
            "treatment": lambda person: [Choice(t.slug, t.title) for t in person.treatments.all()],
            "location": lambda person: [Choice(p.slug, p.title) for p in person.locations.all()],
            "language": lambda person: [Choice(lang.code, lang.display_name()) for lang in person.languages.all()],
        }
        self.choices = {
            name: a_to_z({choice for person in team for choice in pick(person)}, text=lambda c: c.label)
            for name, pick in options.items()
        }
        self.selected = {}
        self.all_known = True
        for name in self.params:
            value = query.get(name, "")
            if not value:
                continue
            match = next((c for c in self.choices[name] if slug_re.fullmatch(value) and c.value == value), None)
            if match is None:
                self.all_known = False
            self.selected[name] = match
        self.matching = [
            person
            for person in team
            if all(choice is not None and choice in options[name](person) for name, choice in self.selected.items())
        ]

    @property
    def active(self):
        return bool(self.selected)

    def query(self, name, value):
        """The query string for choosing ``value`` for ``name`` ("" to clear it), keeping the other choices."""
        params = {key: choice.value for key, choice in self.selected.items() if choice is not None and key != name}
        if value:
            params[name] = value
        ordered = [(key, params[key]) for key in self.params if key in params]
        return "?" + urlencode(ordered) if ordered else ""

    @property
    def groups(self):
        """Each filter with a choice to make: its heading, an "Any" link and one link per choice."""
        headings = {"treatment": _("Treatment"), "location": _("Location"), "language": _("Language spoken")}
        return [
            FilterGroup(
                name=name,
                heading=headings[name],
                any_query=self.query(name, ""),
                options=[
                    (choice.label, self.query(name, choice.value), choice == self.selected.get(name))
                    for choice in self.choices[name]
                ],
                selected=self.selected.get(name),
            )
            for name in self.params
            if len(self.choices[name]) > 1 or name in self.selected
        ]


@dataclass(frozen=True)
class FilterGroup:
    name: str
    heading: str
    any_query: str
    options: list
    selected: Choice | None
