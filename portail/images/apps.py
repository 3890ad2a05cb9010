from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class ImagesConfig(AppConfig):
    name = "portail.images"
    label = "images"
    verbose_name = _("Images")

    def ready(self):
        # Editors upload through Wagtail's views, the importer and the demo through the ORM:
        # a signal is the one place all of them pass.
        post_save.connect(
            _prepare_renditions,
            sender=self.get_model("PortailImage"),
            dispatch_uid="portail-renditions",
        )


def _prepare_renditions(sender, instance, created, raw=False, **kwargs):
    from .services import image_prepare_renditions

    if not raw and instance.file:
        image_prepare_renditions(instance)
