"""What search engines and social networks read in a page's head: canonical address,
OpenGraph and Twitter cards, schema.org JSON-LD."""

import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from ..addresses import absolute_url
from ..cache import cached

register = template.Library()

# As django.utils.html.json_script escapes, so that no text can close the script element.
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def social_image(context, page):
    """The page's image, else the site's default image, as an absolute address (no rendition
    to look up: the original file, already loaded with the page). An image of a private
    collection is for members: the card shows the default image instead."""
    settings = context.get("site_settings")
    candidates = (getattr(page, "image", None), getattr(settings, "default_image", None))
    for image in candidates:
        if image and getattr(image, "has_public_address", True):
            return absolute_url(image.file.url)
    return ""


@register.simple_tag(takes_context=True)
def json_ld(context, page):
    """<script type="application/ld+json"> describing the page for search engines."""
    request, settings = context["request"], context.get("site_settings")
    items = [_breadcrumbs(page, request)]
    publisher = _organization(settings, request)
    # Each page type says what it is to search engines (BasePage.structured_data).
    describe = getattr(page, "structured_data", None)
    if describe:
        items.append(describe(request, publisher, social_image(context, page)))
    data = {"@context": "https://schema.org", "@graph": [item for item in items if item]}
    text = json.dumps(data, ensure_ascii=False).translate(JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


def _organization(settings, request):
    if settings is None:
        return None
    organization = {
        "@type": "Organization",
        "name": settings.site_name,
        "url": absolute_url("/"),
    }
    if getattr(settings, "logo", None):
        organization["logo"] = absolute_url(settings.logo.file.url)
    return organization


def _breadcrumbs(page, request):
    crumbs = [*_ancestors_trail(page, request), (page.title, page.get_full_url(request))]
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": title, "item": address}
            for position, (title, address) in enumerate(crumbs, start=1)
        ],
    }


def _ancestors_trail(page, request):
    """(title, address) of the page's ancestors below the root: the same for every page of a
    section, so read once per content version for all of them (and per host and language)."""

    def load():
        ancestors = page.get_ancestors().filter(depth__gt=1).only("title", "url_path")
        return [(ancestor.title, ancestor.get_full_url(request)) for ancestor in ancestors]

    parent_path = page.path[: -page.steplen]
    host = request.get_host() if request else ""
    return cached(f"trail:{host}:{parent_path}", load)


@register.simple_tag(takes_context=True)
def social_description(context, page):
    """The page's search description, else its lead, else the site's tagline."""
    settings = context.get("site_settings")
    return (
        page.search_description
        or getattr(page, "lead", "")
        or getattr(page, "introduction", "")
        or getattr(page, "excerpt", "")
        or getattr(settings, "reader_tagline", "")
    )
