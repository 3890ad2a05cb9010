from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TaxonomyConfig(AppConfig):
    name = "portail.taxonomy"
    label = "taxonomy"
    verbose_name = _("Classement")

    def ready(self):
        from portail.core.signals import bump_on_change

        bump_on_change(
            *(self.get_model(name) for name in ("Country", "Theme", "Organisation", "StaffContact"))
        )
