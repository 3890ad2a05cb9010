from django import template

from portail.core.selectors import site_settings_for
from portail.images import selectors

register = template.Library()

SPECS = {"thumbnail": selectors.THUMBNAIL, "card": selectors.CARD, "hero": selectors.HERO}


def _default_image(request):
    return site_settings_for(request).default_image


@register.simple_tag(takes_context=True)
def picture(context, image, size, alt="", css_class=""):
    """An <img> of `image` at a named size; the site's default image when `image` is empty.

    Thumbnails illustrate a title next to them, so their alt text is empty by default."""
    if image is None and "request" in context:
        image = _default_image(context["request"])
    if image is None:
        return ""
    rendition = image.get_rendition(SPECS[size])
    attrs = {"alt": alt, "loading": "lazy", "decoding": "async"}
    if css_class:
        attrs["class"] = css_class
    return rendition.img_tag(attrs)
