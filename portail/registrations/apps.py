from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegistrationsConfig(AppConfig):
    name = "portail.registrations"
    label = "registrations"
    verbose_name = _("Inscriptions")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portail.core import personal_data

        from .personal_data import erase, export

        personal_data.register("inscriptions", export, erase)
