from django.apps import AppConfig


class NavigationConfig(AppConfig):
    """The site chrome's links (header, footer, "request an appointment" buttons).

    It knows every page type it links to, so it sits above the feature apps; nothing imports it:
    templates load its tags with ``{% load navigation_tags %}``.
    """

    name = "navigation"
