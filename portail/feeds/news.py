"""RSS 2.0 and Atom feeds of the news: all of it, or one country's, theme's or organisation's."""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from portail.core.addresses import absolute_url
from portail.core.selectors import site_settings_for
from portail.news.selectors import published_news
from portail.taxonomy.models import Country, Organisation, Theme

FEED_LENGTH = 30
TAGS = {
    "pays": (Country, "code", "countries"),
    "themes": (Theme, "slug", "themes"),
    "organisations": (Organisation, "slug", "organisations"),
}


class NewsFeed(Feed):
    """/flux/actualites.rss, /flux/pays/sn.rss, /flux/themes/jumelages.rss..."""

    def get_object(self, request, kind=None, key=None):
        self.request = request
        if kind is None:
            return None
        model, field, relation = TAGS[kind]
        value = key.upper() if field == "code" else key
        return (get_object_or_404(model, **{field: value}), relation)

    def title(self, tagged):
        site = site_settings_for(self.request).site_name
        if tagged is None:
            return _("%(site)s – Actualités") % {"site": site}
        return _("%(site)s – Actualités : %(tag)s") % {"site": site, "tag": tagged[0].name}

    def link(self, tagged):
        return absolute_url(tagged[0].get_absolute_url() if tagged else "/actualites/")

    def feed_url(self, tagged):
        return absolute_url(self.request.path)

    def description(self, tagged):
        return site_settings_for(self.request).tagline

    def items(self, tagged):
        news = published_news()
        if tagged:
            tag, relation = tagged
            news = news.filter(**{relation: tag})
        return news[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.excerpt

    def item_link(self, item):
        return absolute_url(item.get_url(self.request))

    def item_guid(self, item):
        return f"urn:uuid:{item.translation_key}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.first_published_at or timezone.now()

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)


class AtomNewsFeed(NewsFeed):
    feed_type = Atom1Feed
    subtitle = NewsFeed.description
