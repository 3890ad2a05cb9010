from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResourcesConfig(AppConfig):
    name = "portail.resources"
    label = "resources"
    verbose_name = _("Centre de ressources")

    def ready(self):
        from . import selectors  # noqa: F401  (registers its page types' contexts)
