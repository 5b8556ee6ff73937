from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .testimonials import Testimonial


class TestimonialViewSet(SnippetViewSet):
    model = Testimonial
    icon = "openquote"
    menu_label = "Testimonials"
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["name", "quote", "language", "treatment", "permission_given"]
    list_filter = ["language"]
    search_fields = ["name", "quote"]


register_snippet(TestimonialViewSet)
