from django import template

from ..selectors import latest_news

register = template.Library()


@register.inclusion_tag("components/sidebar_news.html", takes_context=True)
def latest_news_sidebar(context, count=3):
    return {
        "news": latest_news(count),
        "request": context.get("request"),
        "settings": context.get("settings"),
    }
