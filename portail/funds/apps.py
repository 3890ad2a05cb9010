from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FundsConfig(AppConfig):
    name = "portail.funds"
    label = "funds"
    verbose_name = _("Fonds de solidarité")
