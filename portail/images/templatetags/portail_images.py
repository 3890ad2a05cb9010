from django import template
from wagtail.images.models import Filter

from portail.core.selectors import site_settings_for
from portail.images import selectors

register = template.Library()

# One Filter a size for the process: Wagtail parses a spec into operations once per Filter.
FILTERS = {
    name: Filter(spec)
    for name, spec in (("thumbnail", selectors.THUMBNAIL), ("card", selectors.CARD),
                       ("hero", selectors.HERO))
}  # fmt: skip


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
    # get_renditions, not get_rendition: the latter writes a prefetched rendition back to the
    # cache on every call. (Keyed by the spec it used: an SVG's has no raster operations.)
    (rendition,) = image.get_renditions(FILTERS[size]).values()
    attrs = {"alt": alt, "loading": "lazy", "decoding": "async"}
    if css_class:
        attrs["class"] = css_class
    return rendition.img_tag(attrs)
