from django.apps import AppConfig, apps
from django.contrib.auth.management import create_permissions
from django.db.backends.signals import connection_created
from django.db.models.signals import post_migrate


def apply_roles_after_migrate(sender, using="default", **kwargs):
    """Re-apply the role table after every migrate, so permissions of newly added models are granted;
    give the default Site the SITE_URL address when that is set."""
    from .roles import apply_role_permissions
    from .site_address import apply_site_url_setting

    # Django creates each app's permissions in that app's own post_migrate step, in INSTALLED_APPS
    # order, and "core" comes first: create them all now so that every permission the table names exists.
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using)
    apply_role_permissions()
    apply_site_url_setting()


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Clinic"

    def ready(self):
        post_migrate.connect(apply_roles_after_migrate, sender=self, dispatch_uid="core.apply_roles")

        from . import block_validation, cdn_purge, page_cache, renditions, site_address  # noqa: F401 (site_address registers a check)
        from .file_permissions import owner_only_database
        from .log_filters import strip_query_strings_from_server_log

        block_validation.install()
        connection_created.connect(owner_only_database, dispatch_uid="core.owner_only_database")
        strip_query_strings_from_server_log()

        page_cache.connect_signals()
        cdn_purge.connect_signals()
        renditions.connect_signals()
