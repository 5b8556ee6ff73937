from django.apps import AppConfig


class TrustConfig(AppConfig):
    name = "trust"
    verbose_name = "Trust pages and testimonials"

    def ready(self):
        from core.page_cache import invalidate_when_changed

        from .testimonials import Testimonial

        # Testimonials are shown on the home page and treatment pages, which the page cache keeps.
        invalidate_when_changed(Testimonial)
