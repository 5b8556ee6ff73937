from django.apps import AppConfig, apps
from django.contrib.auth.management import create_permissions
from django.db.models.signals import post_migrate


def apply_roles_after_migrate(sender, using="default", **kwargs):
    """Re-apply the role table after every migrate, so permissions of newly added models are granted."""
    from .roles import apply_role_permissions

    # Django creates each app's permissions in that app's own post_migrate step, in INSTALLED_APPS
    # order, and "core" comes first: create them all now so that every permission the table names exists.
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using)
    apply_role_permissions()


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Clinic"

    def ready(self):
        post_migrate.connect(apply_roles_after_migrate, sender=self, dispatch_uid="core.apply_roles")

        from . import cdn_purge, visibility
        from .page_cache import invalidation

        invalidation.connect_signals()
        visibility.connect_signals()
        cdn_purge.connect_signals()
