from wagtail import hooks

from . import autosave

hooks.register("before_create_page", autosave.before_create_page)
hooks.register("after_create_page", autosave.after_create_page)
