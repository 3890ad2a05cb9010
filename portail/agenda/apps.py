from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgendaConfig(AppConfig):
    name = "portail.agenda"
    label = "agenda"
    verbose_name = _("Agenda")

    def ready(self):
        from . import selectors  # noqa: F401  (registers its page types' contexts)
