"""Why a result is listed, in the clinic's own words: "Treats: plantar fasciitis", "Body area: Knee".

A visitor who typed "heel hurts in the morning" sees that the page treats plantar fasciitis, which is
the reason it was found even though the page never says "heel hurts".
"""

from dataclasses import dataclass

from .text import content_stems

# Words that name no particular condition: "Neck pain" is evidence for "neck", not for "pain".
GENERIC = frozenset(content_stems("pain pains syndrome injury injuries disorder disorders chronic acute"))
MAX_SHOWN = 3
MAX_NAME = 60  # a condition's name, not a paragraph of the page's conditions section


@dataclass(frozen=True)
class Evidence:
    treats: tuple = ()
    body_areas: tuple = ()

    def __bool__(self):
        return bool(self.treats or self.body_areas)


def names_matching(names, matched):
    names = (name for name in names if len(name) <= MAX_NAME and ":" not in name)
    return tuple(name for name in names if (set(content_stems(name)) - GENERIC) & matched)[:MAX_SHOWN]


def evidence(document, matched):
    """The conditions the page treats that the query matched; failing those, its matched body areas."""
    treats = names_matching(getattr(document, "conditions", ()), matched)
    areas = () if treats else names_matching(getattr(document, "body_areas", ()), matched)
    return Evidence(treats, areas)
