from wagtail import hooks

from . import autosave
from .page_cache import no_store_for_form_pages

hooks.register("on_serve_page", no_store_for_form_pages)
hooks.register("before_create_page", autosave.before_create_page)
hooks.register("after_create_page", autosave.after_create_page)
