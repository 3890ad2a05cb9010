from django.apps import AppConfig
from django.urls import register_converter
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "portail.core"
    label = "core"
    verbose_name = _("Site")

    def ready(self):
        from . import (
            checks,  # noqa: F401  (registers the portal's own system checks)
            signals,
        )

        signals.connect()
        from .converters import IdConverter

        register_converter(IdConverter, "id")
