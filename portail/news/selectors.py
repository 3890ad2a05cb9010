"""Reads of news items, each with a fixed number of queries whatever the number of news."""

from django.core.paginator import InvalidPage
from django.http import Http404

from portail.core.pagination import TwoEndedPaginator
from portail.core.routing import exclude_restricted
from portail.images.selectors import CARD, HERO, THUMBNAIL, image_with_renditions
from portail.taxonomy.selectors import page_tags, tag_prefetches

from .forms import NewsFilterForm
from .models import NewsPage

NEWS_PER_PAGE = 10
NEWEST_FIRST = ("-publication_date", "-page_ptr_id")


def published_news():
    """Live news that anonymous visitors may see, newest first."""
    return exclude_restricted(NewsPage.objects.live()).order_by(*NEWEST_FIRST)


def latest_news(count=3):
    """The `count` most recent news items with their thumbnails."""
    return list(published_news().prefetch_related(image_with_renditions(THUMBNAIL))[:count])


def news_neighbours(page):
    """(previous, next) news items by publication date, either None at the ends."""
    date, pk = page.publication_date, page.pk
    if date is None:
        return None, None
    fields = ("title", "url_path", "publication_date", "page_ptr_id", "depth", "path", "locale_id")
    news = exclude_restricted(NewsPage.objects.live()).only(*fields)
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


def news_page_context(page):
    """What an article page shows besides its own fields."""
    previous, following = news_neighbours(page)
    return {
        "previous_news": previous,
        "next_news": following,
        "documents": list(page.documents.select_related("document")),
        "page_tags": page_tags(page),
        "hero_filter": HERO,
    }


def news_listing_context(index, request):
    """One page of the filtered listing; an impossible page number is a 404."""
    form = NewsFilterForm(request.GET or None)
    news = form.filter(published_news())
    paginator = TwoEndedPaginator(news, NEWS_PER_PAGE, count_key=f"news:{form.query_string()}")
    try:
        page = paginator.page(request.GET.get("page") or 1)
    except InvalidPage as error:
        raise Http404(str(error)) from error
    items = list(page.object_list.prefetch_related(image_with_renditions(CARD), *tag_prefetches()))
    return {
        "filter_form": form,
        "news_page": page,
        "news_items": items,
        "page_range": paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1),
        "filter_query": form.query_string(),
    }
