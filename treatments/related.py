"""Related treatments on a treatment page: the ones an editor picks ("patients often consider alongside"),
else a suggestion of the treatments next to it in the list's own order."""

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.models import Orderable

from core.visibility import without_restricted


class RelatedTreatment(Orderable):
    page = ParentalKey("treatments.TreatmentPage", on_delete=models.CASCADE, related_name="related_treatments")
    # CASCADE removes only this link row when the linked treatment is deleted.
    treatment = models.ForeignKey(
        "treatments.TreatmentPage",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="A treatment patients often consider alongside this one.",
    )

    panels = ["treatment"]


def suggested_treatments(page, treatments, limit=3):
    """Up to ``limit`` other live, public treatments from ``treatments``: those after ``page`` in the
    tree order editors arrange in the admin, continuing from the first. Read along the tree path's
    index, so a render reads at most ``limit`` rows however many siblings there are, and sorts none."""
    siblings = without_restricted(treatments.live()).sibling_of(page, inclusive=False).defer_streamfields()
    chosen = list(siblings.filter(path__gt=page.path).order_by("path")[:limit])
    if len(chosen) < limit:
        chosen += siblings.filter(path__lt=page.path).order_by("path")[: limit - len(chosen)]
    return chosen
