from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SpipConfig(AppConfig):
    name = "portail.spip"
    label = "spip"
    verbose_name = _("Migration depuis SPIP")
