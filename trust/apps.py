from django.apps import AppConfig
from django.db.models.signals import post_save


class TrustConfig(AppConfig):
    name = "trust"
    verbose_name = "Trust pages and testimonials"

    def ready(self):
        from core.page_cache import invalidate, invalidate_when_changed

        from .testimonials import Testimonial

        # Testimonials are shown on the home page and treatment pages, which the page cache keeps (and
        # trust_tags keeps their list until the next change): a change or a deletion empties it, and so
        # does a new one, since pages list testimonials rather than choose them.
        invalidate_when_changed(Testimonial)

        def show_new_testimonial(created=False, **kwargs):
            if created:
                invalidate()

        post_save.connect(
            show_new_testimonial, sender=Testimonial, weak=False, dispatch_uid="trust.show_new_testimonial"
        )
