"""The "Changed since review" marks on live treatment pages (set by shared_changes.py, cleared by review.py).

A module of its own so the page models can name the relation without importing the signal handlers,
which import the page models.
"""

from django.db import models


class ChangeSinceReview(models.Model):
    """One change to a shared object that a live treatment showed after its last review."""

    page = models.ForeignKey("treatments.TreatmentPage", on_delete=models.CASCADE, related_name="changes_since_review")
    description = models.CharField(max_length=255)
    changed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-changed_at"]
        verbose_name = "change since review"

    def __str__(self):
        return self.description
