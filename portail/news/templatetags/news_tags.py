from django import template

from portail.core.selectors import section_url
from portail.taxonomy.selectors import tagged

from ..models import NewsIndex
from ..selectors import home_news, latest_news, published_news

register = template.Library()


@register.inclusion_tag("components/sidebar_news.html", takes_context=True)
def latest_news_sidebar(context, count=3):
    return {
        "news": latest_news(count),
        "request": context.get("request"),
        "settings": context.get("settings"),
    }


@register.simple_tag
def news_for_home(home):
    """The home page's news: the pinned item first, then the latest."""
    return home_news(home)


@register.simple_tag
def news_tagged(relation, tag, count=10):
    """For a tag page: the latest ones tagged with `tag`, one query, no images."""
    return tagged(published_news(), relation, tag, count)


@register.simple_tag
def news_index_url():
    return section_url(NewsIndex)
