"""Reads the home page needs; each a fixed number of queries."""

from portail.agenda.selectors import upcoming_events
from portail.images.selectors import CARD, image_with_renditions
from portail.news.selectors import published_news
from portail.resources.selectors import media_counts

HOME_NEWS_COUNT = 7


def home_news(home):
    """The pinned news item first (when set and live), then the most recent ones."""
    news = list(
        published_news()
        .exclude(pk=home.pinned_news_id or 0)
        .prefetch_related(image_with_renditions(CARD))[
            : HOME_NEWS_COUNT - (1 if home.pinned_news_id else 0)
        ]
    )
    if home.pinned_news_id:
        pinned = (
            published_news()
            .filter(pk=home.pinned_news_id)
            .prefetch_related(image_with_renditions(CARD))
            .first()
        )
        if pinned:
            news.insert(0, pinned)
    return news


def home_page_context(home):
    return {
        "home_news": home_news(home),
        "home_events": upcoming_events(count=4),
        "media_counts": media_counts(),
    }
