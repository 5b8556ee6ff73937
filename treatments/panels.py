"""Editor panels of the treatment pages."""

from wagtail.admin.panels import FieldPanel

from .review_dates import NOT_REVIEWED


class ReviewStampPanel(FieldPanel):
    """A read-only review field that says "Not reviewed yet" rather than "None" before the first review."""

    def format_value_for_display(self, value):
        return super().format_value_for_display(value) if value else NOT_REVIEWED
