from django import template
from django.core.cache import cache
from django.utils.safestring import mark_safe
from wagtail.embeds.embeds import get_embed
from wagtail.embeds.exceptions import EmbedException

register = template.Library()

FAILURE_TTL = 15 * 60


@register.simple_tag
def embed_or_link(url):
    """The provider's embed HTML, or "" when the provider cannot be reached: the template then
    shows a plain link. A failure is remembered for a while so that pages stay fast."""
    failure_key = f"embed-failed:{url}"
    if not url or cache.get(failure_key):
        return ""
    try:
        return mark_safe(get_embed(url).html)
    except (EmbedException, OSError):
        cache.set(failure_key, True, FAILURE_TTL)
        return ""
