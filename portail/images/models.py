from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import (
    AbstractImage,
    AbstractRendition,
    Image,
    WagtailImageField,
    get_upload_to,
)

from .storage import PRIVATE_PREFIX, image_storage, is_private_name


class PortailImage(AbstractImage):
    """An image with the caption and credit that French editorial practice requires."""

    file = WagtailImageField(
        verbose_name=_("fichier"),
        upload_to=get_upload_to,
        storage=image_storage,
        width_field="width",
        height_field="height",
    )
    caption = models.CharField(_("légende"), max_length=255, blank=True)
    credit = models.CharField(_("crédit"), max_length=255, blank=True)

    admin_form_fields = (*Image.admin_form_fields, "caption", "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")
        # Imports and uploads look files up by content, the oldest of a file first
        # (`.first()`): one probe of this index whatever PostgreSQL's statistics say. A table
        # an import is filling has none yet, and it walked the table by id for each file.
        indexes = [models.Index(fields=["file_hash", "id"], name="image_file_hash_id")]

    def get_upload_to(self, filename):
        name = super().get_upload_to(filename)
        return PRIVATE_PREFIX + name if self.in_private_collection() else name

    @property
    def has_public_address(self):
        """False while its file sits in the private folder (its collection is private)."""
        return not is_private_name(self.file.name)

    def in_private_collection(self):
        return self.collection_id is not None and self.collection.get_view_restrictions().exists()


class PortailRendition(AbstractRendition):
    image = models.ForeignKey(PortailImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)

    def get_upload_to(self, filename):
        """Beside its original: in the private folder when the original is."""
        name = super().get_upload_to(filename)
        return PRIVATE_PREFIX + name if is_private_name(self.image.file.name) else name
