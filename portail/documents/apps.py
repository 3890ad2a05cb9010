from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "portail.documents"
    label = "documents"
    verbose_name = _("Documents")

    def ready(self):
        from . import signals  # noqa: F401
