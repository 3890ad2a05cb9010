"""Writes on images."""

from django.db import transaction

from portail.core.cache import bump_content_version

from .selectors import CARD, HERO, THUMBNAIL
from .storage import PRIVATE_PREFIX, is_private_name

STANDARD_SIZES = (THUMBNAIL, CARD, HERO)


def image_prepare_renditions(image):
    """Make the renditions the public pages use, once, when the image arrives, so that no
    visitor's request ever has to write one."""
    image.get_renditions(*STANDARD_SIZES)


def image_keep_in_place(image):
    """Move the image's file where its collection's privacy wants it: into the private folder
    when the collection is private, out of it when it is not. Its renditions go (with their
    files and cached addresses) and are made again in the right place. True when it moved."""
    private = image.in_private_collection()
    if private == is_private_name(image.file.name):
        return False
    storage, old_name = image.file.storage, image.file.name
    target = PRIVATE_PREFIX + old_name if private else old_name.removeprefix(PRIVATE_PREFIX)
    with storage.open(old_name) as content:
        new_name = storage.save(target, content)
    type(image).objects.filter(pk=image.pk).update(file=new_name)
    image.file.name = new_name
    image.renditions.all().delete()
    transaction.on_commit(lambda: storage.delete(old_name))
    bump_content_version()
    return True
