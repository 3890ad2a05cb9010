"""Writes on images."""

from .selectors import CARD, HERO, THUMBNAIL

STANDARD_SIZES = (THUMBNAIL, CARD, HERO)


def image_prepare_renditions(image):
    """Make the renditions the public pages use, once, when the image arrives, so that no
    visitor's request ever has to write one."""
    image.get_renditions(*STANDARD_SIZES)
