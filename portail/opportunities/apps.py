from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpportunitiesConfig(AppConfig):
    name = "portail.opportunities"
    label = "opportunities"
    verbose_name = _("Opportunités")

    def ready(self):
        from . import selectors  # noqa: F401  (registers its page types' contexts)
