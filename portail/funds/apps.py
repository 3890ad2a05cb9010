from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FundsConfig(AppConfig):
    name = "portail.funds"
    label = "funds"
    verbose_name = _("Fonds de solidarité")

    def ready(self):
        from . import selectors  # noqa: F401  (registers its page types' contexts)
