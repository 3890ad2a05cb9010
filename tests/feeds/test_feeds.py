"""RSS and Atom, read back with feedparser: the right items, and nothing private or draft."""

import datetime

import feedparser
import pytest
from django.conf import settings
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests import builders
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def news():
    senegal = builders.country("SN")
    today = timezone.localdate()
    builders.news("Nouvelle ancienne", date=today - datetime.timedelta(days=3))
    builders.news(
        "Dakar accueille les assises", date=today - datetime.timedelta(days=2), countries=[senegal]
    )
    builders.news("Nouvelle récente", date=today - datetime.timedelta(days=1), lead="En bref.")
    private = builders.news("Réservé aux adhérents", date=today)
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    draft = builders.news("Brouillon", date=today)
    draft.unpublish()


@pytest.mark.parametrize("path", ["/flux/actualites.rss", "/flux/actualites.atom"])
def test_news_feed_parses_newest_first_without_private_or_draft_items(client, news, path):
    response = client.get(path)
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version in ("rss20", "atom10")
    titles = [entry.title for entry in feed.entries]
    assert titles == ["Nouvelle récente", "Dakar accueille les assises", "Nouvelle ancienne"]
    assert feed.entries[0].link.startswith(f"{settings.WAGTAILADMIN_BASE_URL}/actualites/")
    assert feed.entries[0].summary == "En bref."


def test_country_feed_holds_only_that_countrys_news(client, news):
    feed = feedparser.parse(client.get("/flux/pays/sn.rss").content)
    assert [entry.title for entry in feed.entries] == ["Dakar accueille les assises"]
    assert "Sénégal" in feed.feed.title
    assert client.get("/flux/pays/zz.rss").status_code == 404


def test_pages_announce_their_feeds(client, news):
    head = soup(client.get("/actualites/")).head
    types = {link["type"]: link["href"] for link in head.select('link[rel="alternate"][type]')}
    assert types["application/rss+xml"] == "/flux/actualites.rss"
    assert types["application/atom+xml"] == "/flux/actualites.atom"
    assert types["text/calendar"] == "/flux/agenda.ics"
    country = soup(client.get("/pays/sn/"))
    assert country.select_one('head link[href="/flux/pays/sn.rss"]') is not None
    assert country.select_one('.subscribe a[href="/flux/pays/sn.ics"]') is not None
