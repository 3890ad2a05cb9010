"""What search engines and social networks read in a page's head: canonical address,
OpenGraph and Twitter cards, schema.org JSON-LD."""

import json

from django import template
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

# As django.utils.html.json_script escapes, so that no text can close the script element.
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def social_image(context, page):
    """The page's image, else the site's default image, as an absolute address (no rendition
    to look up: the original file, already loaded with the page). An image of a private
    collection is for members: the card shows the default image instead."""
    request, settings = context["request"], context.get("site_settings")
    candidates = (getattr(page, "image", None), getattr(settings, "default_image", None))
    for image in candidates:
        if image and getattr(image, "has_public_address", True):
            return request.build_absolute_uri(image.file.url)
    return ""


@register.simple_tag(takes_context=True)
def json_ld(context, page):
    """<script type="application/ld+json"> describing the page for search engines."""
    request, settings = context["request"], context.get("site_settings")
    items = [_breadcrumbs(page, request)]
    publisher = _organization(settings, request)
    kind = type(page).__name__
    if kind == "HomePage":
        items.append(publisher)
    elif kind == "NewsPage":
        items.append(_news_article(page, request, publisher, context))
    elif kind == "EventPage":
        items.append(_event(page, request, context))
    data = {"@context": "https://schema.org", "@graph": [item for item in items if item]}
    text = json.dumps(data, ensure_ascii=False).translate(JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


def _organization(settings, request):
    if settings is None:
        return None
    organization = {
        "@type": "Organization",
        "name": settings.site_name,
        "url": request.build_absolute_uri("/"),
    }
    if getattr(settings, "logo", None):
        organization["logo"] = request.build_absolute_uri(settings.logo.file.url)
    return organization


def _breadcrumbs(page, request):
    ancestors = [*page.get_ancestors().filter(depth__gt=1).only("title", "url_path"), page]
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": crumb.title,
                "item": crumb.get_full_url(request),
            }
            for position, crumb in enumerate(ancestors, start=1)
        ],
    }


def _news_article(page, request, publisher, context):
    article = {
        "@type": "NewsArticle",
        "headline": page.title[:110],
        "url": page.get_full_url(request),
        "mainEntityOfPage": page.get_full_url(request),
        "datePublished": (page.publication_date or timezone.localdate()).isoformat(),
        "dateModified": timezone.localtime(page.last_published_at or timezone.now()).isoformat(),
        "publisher": publisher,
        "author": publisher,
    }
    image = social_image(context, page)
    if image:
        article["image"] = [image]
    if page.excerpt:
        article["description"] = page.excerpt
    return article


EVENT_STATUS = {
    "scheduled": "https://schema.org/EventScheduled",
    "postponed": "https://schema.org/EventPostponed",
    "cancelled": "https://schema.org/EventCancelled",
}


def _event(page, request, context):
    url = page.get_full_url(request)
    places = []
    if page.location:
        places.append({"@type": "Place", "name": page.location, "address": page.location})
    if page.online:
        places.append({"@type": "VirtualLocation", "url": page.online_url or url})
    if page.online and page.location:
        mode = "https://schema.org/MixedEventAttendanceMode"
    elif page.online:
        mode = "https://schema.org/OnlineEventAttendanceMode"
    else:
        mode = "https://schema.org/OfflineEventAttendanceMode"
    start, end = timezone.localtime(page.start), timezone.localtime(page.end or page.start)
    event = {
        "@type": "Event",
        "name": page.title,
        "url": url,
        "startDate": start.date().isoformat() if page.all_day else start.isoformat(),
        "endDate": end.date().isoformat() if page.all_day else end.isoformat(),
        "eventStatus": EVENT_STATUS.get(page.status, EVENT_STATUS["scheduled"]),
        "eventAttendanceMode": mode,
    }
    if places:
        event["location"] = places[0] if len(places) == 1 else places
    if page.organiser_id:
        organiser = page.organiser
        event["organizer"] = {
            "@type": "Organization",
            "name": organiser.full_name or organiser.name,
            "url": organiser.website or request.build_absolute_uri(organiser.get_absolute_url()),
        }
    image = social_image(context, page)
    if image:
        event["image"] = [image]
    if page.lead:
        event["description"] = page.lead
    return event


@register.simple_tag(takes_context=True)
def social_description(context, page):
    """The page's search description, else its lead, else the site's tagline."""
    settings = context.get("site_settings")
    return (
        page.search_description
        or getattr(page, "lead", "")
        or getattr(page, "introduction", "")
        or getattr(page, "excerpt", "")
        or getattr(settings, "tagline", "")
    )
