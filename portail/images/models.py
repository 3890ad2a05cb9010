from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class PortailImage(AbstractImage):
    """An image with the caption and credit that French editorial practice requires."""

    caption = models.CharField(_("légende"), max_length=255, blank=True)
    credit = models.CharField(_("crédit"), max_length=255, blank=True)

    admin_form_fields = (*Image.admin_form_fields, "caption", "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")
        # Imports and uploads look files up by content: without it, one full scan per file.
        indexes = [models.Index(fields=["file_hash"], name="image_file_hash")]


class PortailRendition(AbstractRendition):
    image = models.ForeignKey(PortailImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
