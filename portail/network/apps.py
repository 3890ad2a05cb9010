from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "portail.network"
    label = "network"
    verbose_name = _("Réseau")

    def ready(self):
        from . import signals  # noqa: F401
