from django.core.exceptions import ValidationError
from django.utils.text import capfirst
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm
from wagtail.images.models import AbstractImage


class ReadableImageField(WagtailImageField):
    """A file that says it is an image but cannot be read (a truncated or forged PNG) is an
    error under the field, not a server error: Pillow raises plain exceptions on such files."""

    def to_python(self, data):
        try:
            return super().to_python(data)
        except ValidationError:
            raise
        except Exception as error:  # Pillow: OSError, SyntaxError, AttributeError...
            raise ValidationError(
                self.error_messages["invalid_image"], code="invalid_image"
            ) from error


class PortailImageForm(BaseImageForm):
    """Wagtail's image form (WAGTAILIMAGES_IMAGE_FORM_BASE) with a file field that refuses
    unreadable images."""

    file = ReadableImageField(label=capfirst(AbstractImage._meta.get_field("file").verbose_name))
