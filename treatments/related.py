"""Related treatments an editor picks for a treatment page ("patients often consider alongside")."""

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.models import Orderable


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
