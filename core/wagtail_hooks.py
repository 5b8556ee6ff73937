from wagtail import hooks

from .page_cache import no_store_for_form_pages

hooks.register("on_serve_page", no_store_for_form_pages)
