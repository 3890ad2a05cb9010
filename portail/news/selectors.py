"""Reads of news items, each with a fixed number of queries whatever the number of news."""

from portail.core.page_context import provides
from portail.core.pagination import TwoEndedPaginator, paged_listing
from portail.images.selectors import CARD, HERO, THUMBNAIL, image_with_renditions
from portail.taxonomy.selectors import page_tags, with_tags

from .forms import NewsFilterForm
from .models import NewsIndex, NewsPage

NEWS_PER_PAGE = 10
NEWEST_FIRST = ("-publication_date", "-page_ptr_id")


def published_news():
    """Live news that anonymous visitors may see, newest first."""
    return NewsPage.objects.visible().order_by(*NEWEST_FIRST)


HOME_NEWS_COUNT = 7


def home_news(home):
    """The pinned news item first (when set and visible), then the most recent ones. (Their
    ids first: an OR of "among the newest" and "the pinned one" in one query made
    PostgreSQL read every news item.)"""
    ids = list(published_news().values_list("pk", flat=True)[:HOME_NEWS_COUNT])
    if home.pinned_news_id:
        ids = [home.pinned_news_id, *(pk for pk in ids if pk != home.pinned_news_id)][
            :HOME_NEWS_COUNT
        ]
    news = published_news().filter(pk__in=ids).prefetch_related(image_with_renditions(CARD))
    return with_tags(sorted(news, key=lambda item: ids.index(item.pk)))


def latest_news(count=3):
    """The `count` most recent news items with their thumbnails."""
    return list(published_news().prefetch_related(image_with_renditions(THUMBNAIL))[:count])


def news_neighbours(page):
    """(previous, next) news items by publication date, either None at the ends."""
    date, pk = page.publication_date, page.pk
    if date is None:
        return None, None
    fields = ("title", "url_path", "publication_date", "page_ptr_id", "depth", "path", "locale_id")
    news = NewsPage.objects.visible().only(*fields)
    # Written as a range on the date index, walked in its order until the first match (an OR
    # of "earlier day" and "same day, smaller id" made the database sort half the news).
    previous = (
        news.filter(publication_date__lte=date)
        .exclude(publication_date=date, page_ptr_id__gte=pk)
        .order_by(*NEWEST_FIRST)
        .first()
    )
    following = (
        news.filter(publication_date__gte=date)
        .exclude(publication_date=date, page_ptr_id__lte=pk)
        .order_by("publication_date", "page_ptr_id")
        .first()
    )
    return previous, following


@provides(NewsPage)
def news_page_context(page, request):
    """What an article page shows besides its own fields."""
    previous, following = news_neighbours(page)
    return {
        "previous_news": previous,
        "next_news": following,
        "documents": list(page.documents.select_related("document")),
        "page_tags": page_tags(page),
        "hero_filter": HERO,
    }


@provides(NewsIndex)
def news_listing_context(index, request):
    """One page of the filtered listing; an impossible page number is a 404."""
    form = NewsFilterForm(request.GET or None)
    news = form.filter(published_news())
    paginator = TwoEndedPaginator(news, NEWS_PER_PAGE, count_key=f"news:{form.query_string()}")
    return paged_listing(request, form, paginator, [image_with_renditions(CARD)], then=with_tags)
