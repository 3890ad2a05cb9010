"""Editors upload through Wagtail's views, the importer and the demo through the ORM: signals
are the one place all of them pass."""

from django.db.models.signals import post_delete, post_save
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from .services import image_keep_in_place, image_prepare_renditions


def _image_saved(sender, instance, raw=False, **kwargs):
    if raw or not instance.file:
        return
    image_keep_in_place(instance)
    image_prepare_renditions(instance)


def _restriction_changed(sender, instance, raw=False, **kwargs):
    """A collection made private or public again: each image in it, or under it, follows."""
    if raw:
        return
    try:
        collections = instance.collection.get_descendants(inclusive=True)
    except Collection.DoesNotExist:
        return  # the collection went with it, and was empty
    for image in get_image_model().objects.filter(collection__in=collections):
        if image_keep_in_place(image):
            image_prepare_renditions(image)


def connect():
    post_save.connect(_image_saved, sender=get_image_model(), dispatch_uid="portail-image-saved")
    for signal in (post_save, post_delete):
        signal.connect(
            _restriction_changed,
            sender=CollectionViewRestriction,
            dispatch_uid=f"portail-image-privacy-{id(signal)}",
        )
