from django.apps import AppConfig
from django.urls import register_converter
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "portail.core"
    label = "core"
    verbose_name = _("Site")

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import (
            checks,  # noqa: F401  (registers the portal's own system checks)
            signals,
        )
        from .addresses import site_follow_base_url
        from .admin_widgets import use_typed_date_widgets
        from .converters import IdConverter
        from .lookups import register as register_lookups
        from .planner import refresh_after_migrate

        signals.connect()
        post_migrate.connect(site_follow_base_url, sender=self, dispatch_uid="portail-base-url")
        post_migrate.connect(refresh_after_migrate, sender=self, dispatch_uid="portail-planner")
        use_typed_date_widgets()
        register_converter(IdConverter, "id")
        register_lookups()
