"""SQL queries per page stay within ../shared/PRODUCT.md's budgets, whatever the amount of content.

The world holds 1,000 news items (and events and resources); each page is asked twice: the
first request fills the caches that every later request finds (site, settings, menu, sidebar),
the second is what visitors get and must stay within budget; and the first one must cost the
same whatever the number of items.
"""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Site

from portail.agenda.models import EventPage
from portail.core.bulk import deferred_indexing
from portail.core.models import SiteSettings
from portail.core.services import pages_bulk_create
from portail.news.models import NewsPage
from portail.resources.models import ResourcePage
from portail.taxonomy.models import Country, Theme
from tests import builders

pytestmark = pytest.mark.django_db

BUDGETS = {
    "home": 15,
    "article": 12,
    "listing": 12,
    "agenda": 12,
    "resources": 12,
    "search": 10,
    "suggestions": 10,
}


def _bulk_world(news_count):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.default_image = builders.image("Image par défaut")
    settings.save()
    senegal, theme = Country.objects.get(code="SN"), Theme.objects.create(name="Jumelages")
    today = timezone.localdate()
    news = pages_bulk_create(
        builders.news_index(),
        [
            NewsPage(
                title=f"Actualité numéro {n}",
                slug=f"actualite-{n}",
                publication_date=today - datetime.timedelta(days=n),
                body=[("paragraph", f"<p>Texte de l’actualité {n}.</p>")],
            )
            for n in range(news_count)
        ],
    )
    NewsPage.countries.through.objects.bulk_create(
        [NewsPage.countries.through(newspage_id=page.pk, country_id=senegal.pk) for page in news]
    )
    NewsPage.themes.through.objects.bulk_create(
        [NewsPage.themes.through(newspage_id=page.pk, theme_id=theme.pk) for page in news]
    )
    now = timezone.now()
    pages_bulk_create(
        builders.agenda(),
        [
            EventPage(
                title=f"Réunion {n}",
                slug=f"reunion-{n}",
                start=now + datetime.timedelta(days=n - 20),
                end=now + datetime.timedelta(days=n - 20, hours=2),
            )
            for n in range(news_count // 20)
        ],
    )
    pages_bulk_create(
        builders.resource_centre(),
        [
            ResourcePage(
                title=f"Ressource {n}",
                slug=f"ressource-{n}",
                media=["text", "photo", "sound", "video"][n % 4],
                publication_date=today - datetime.timedelta(days=n),
            )
            for n in range(news_count // 25)
        ],
    )
    middle = news[len(news) // 2]
    return {
        "home": "/",
        "article": middle.url,
        "listing": "/actualites/",
        "listing_last": f"/actualites/?page={news_count // 10}",
        "listing_filtered": "/actualites/?pays=sn&theme=jumelages&page=3",
        "agenda": "/agenda/",
        "agenda_month": f"/agenda/?mois={today:%Y-%m}",
        "resources": "/ressources/",
        "search": "/recherche/?q=actualite",
        "search_narrowed": "/recherche/?q=texte+actualite&pays=sn&theme=jumelages&page=3",
        "suggestions": "/recherche/suggestions/?q=actualit",
    }


def _cold_count(client, url):
    """Queries of a request that finds every cache empty."""
    cache.clear()
    ContentType.objects.clear_cache()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def _budget(name):
    return BUDGETS[name.split("_")[0]]


@pytest.fixture(scope="module")
def thousand(module_db):
    with deferred_indexing() as register:
        world = _bulk_world(1000)
        for model in (NewsPage, EventPage, ResourcePage):
            register(model.objects.all())
    return world


@pytest.mark.parametrize(
    "name",
    [
        "home",
        "article",
        "listing",
        "listing_last",
        "listing_filtered",
        "agenda",
        "agenda_month",
        "resources",
        "search",
        "search_narrowed",
        "suggestions",
    ],
)
def test_page_stays_within_its_query_budget_with_1000_news(
    client, thousand, name, django_assert_max_num_queries
):
    cache.clear()
    client.get(thousand[name])
    with django_assert_max_num_queries(_budget(name)):
        response = client.get(thousand[name])
    assert response.status_code == 200
    if name.startswith("search"):  # a budget kept by finding nothing would prove nothing
        assert b'class="search-result"' in response.content
    if name == "suggestions":
        assert len(response.json()["suggestions"]) == 8


def test_first_request_costs_the_same_with_10_or_1000_news(client, thousand):
    cold_large = {name: _cold_count(client, url) for name, url in thousand.items()}
    NewsPage.objects.filter(slug__gte="actualite-10").delete()
    # Same pages, one hundredth of the news: not one query fewer.
    for name in ("home", "article", "listing", "agenda", "resources", "search", "suggestions"):
        url = thousand[name] if name != "article" else NewsPage.objects.live().first().url
        assert _cold_count(client, url) == cold_large[name], name
