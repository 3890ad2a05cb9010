"""Reads of countries, themes and organisations, cached because they change rarely."""

from django.core.cache import cache
from django.db.models import Prefetch

from .models import Country, Organisation, Theme

CHOICES_CACHE_KEY = "taxonomy:choices:v1"


def tag_prefetches():
    """Prefetches for the tags a card shows: one query per kind, whatever the number of cards."""
    return (
        Prefetch("countries", queryset=Country.objects.only("code", "name")),
        Prefetch("themes", queryset=Theme.objects.only("slug", "name")),
        Prefetch("organisations", queryset=Organisation.objects.only("slug", "name")),
    )


def filter_choices():
    """(value, label) lists for the filter menus: countries by ISO code, themes and organisations
    by slug. Cached until a tag is saved or deleted."""
    choices = cache.get(CHOICES_CACHE_KEY)
    if choices is None:
        choices = {
            "countries": [(c.lower(), n) for c, n in Country.objects.values_list("code", "name")],
            "themes": list(Theme.objects.values_list("slug", "name")),
            "organisations": list(Organisation.objects.values_list("slug", "name")),
        }
        cache.set(CHOICES_CACHE_KEY, choices, 3600)
    return choices


def forget_filter_choices(**kwargs):
    cache.delete(CHOICES_CACHE_KEY)


def tagged_content(relation, tag, count=10):
    """The latest news, the upcoming events and the latest resources tagged with `tag`."""
    from portail.agenda.selectors import upcoming_events
    from portail.images.selectors import THUMBNAIL, image_with_renditions
    from portail.news.selectors import published_news
    from portail.resources.selectors import published_resources

    by_tag = {relation: tag}
    return {
        "news": list(
            published_news()
            .filter(**by_tag)
            .prefetch_related(image_with_renditions(THUMBNAIL))[:count]
        ),
        "events": list(upcoming_events().filter(**by_tag)[:count]),
        "resources": list(published_resources().filter(**by_tag)[:count]),
    }
