from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo clinic site (``manage.py load_demo_content``): content for development, tests and demos.

    The one app allowed to import every other; nothing imports it.
    """

    name = "demo"
