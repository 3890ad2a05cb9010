from django.db.models import Prefetch
from wagtail.images import get_image_model

THUMBNAIL = "fill-320x200-c100|format-webp"
CARD = "fill-640x400-c100|format-webp"
HERO = "width-1200|format-webp"


def image_with_renditions(*filter_specs, field="image"):
    """A Prefetch that loads a related image and the given renditions of it in two queries,
    whatever the number of items, instead of two per item."""
    return Prefetch(field, queryset=get_image_model().objects.prefetch_renditions(*filter_specs))


def image_of_file(name):
    """The image whose original or one of whose renditions is the file of that name."""
    Image = get_image_model()
    image = Image.objects.select_related("collection").filter(file=name).first()
    if image is None:
        image = Image.objects.select_related("collection").filter(renditions__file=name).first()
    return image
