from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "portail.network"
    label = "network"
    verbose_name = _("Réseau")

    def ready(self):
        from portail.core.signals import bump_on_change

        from . import (
            selectors,  # noqa: F401  (registers its page types' contexts)
            signals,  # noqa: F401
        )

        bump_on_change(self.get_model("Member"), self.get_model("Partnership"))
