from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "portail.news"
    label = "news"
    verbose_name = _("Actualités")

    def ready(self):
        from . import selectors  # noqa: F401  (registers its page types' contexts)
