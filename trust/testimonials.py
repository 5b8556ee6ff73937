"""Testimonials: what patients said, shown on the home page and treatment pages, with their permission."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, Q, Value, When
from django.utils.translation import gettext_lazy as _


class Testimonial(models.Model):
    quote = models.TextField(
        max_length=600,
        help_text="In the patient's own words, shortened only with their agreement. Two to four sentences work best.",
    )
    name = models.CharField(
        max_length=60,
        help_text="First name and last initial at most, e.g. “Maria G.”. Never a full name, age or diagnosis.",
    )
    context = models.CharField(
        max_length=120,
        blank=True,
        help_text="Optional. What brought them in, in their words, e.g. “Back to running after a knee injury”.",
    )
    treatment = models.ForeignKey(
        "treatments.TreatmentPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Optional. Shown on this treatment's page first. Without one it can appear on any treatment page.",
    )
    # Not a translation: another language's testimonials are other patients' own words.
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.WAGTAIL_CONTENT_LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text="The language the patient wrote it in: it is shown on the pages in that language only.",
    )
    permission_given = models.BooleanField(
        _("the patient gave written permission"),
        default=False,
        help_text="Required. Keep the signed permission with the patient's record, not here.",
    )

    panels = ["quote", "name", "context", "language", "treatment", "permission_given"]

    class Meta:
        ordering = ["-pk"]
        verbose_name = _("testimonial")

    def __str__(self):
        return f"{self.name}: {self.quote[:60]}"

    def clean(self):
        super().clean()
        if not self.permission_given:
            raise ValidationError(
                {"permission_given": _("A testimonial can only be shown with the patient's written permission.")}
            )


def testimonials_for(page=None, limit=3, language=None):
    """Testimonials with permission in ``language`` (default: the site's), those about ``page`` (a treatment)
    first, then general ones."""
    shown = Testimonial.objects.filter(permission_given=True, language=language or settings.LANGUAGE_CODE)
    if page is None:
        return list(shown[:limit])
    # About this treatment in any language: a Spanish testimonial may name the English page or the Spanish one.
    about_page = Q(treatment__translation_key=page.translation_key)
    return list(
        shown.filter(about_page | Q(treatment__isnull=True)).order_by(
            Case(When(about_page, then=Value(0)), default=Value(1)), "-pk"
        )[:limit]
    )
