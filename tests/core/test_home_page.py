import datetime

import pytest
from django.utils import timezone

from portail.core.models import HomePage
from tests import builders
from tests.html import soup, text_of

pytestmark = pytest.mark.django_db


def test_home_shows_latest_news_with_the_pinned_one_first(client):
    old = builders.news(
        title="Ancienne mais importante", date=timezone.localdate() - datetime.timedelta(days=300)
    )
    for n in range(8):
        builders.news(title=f"Récente {n}", date=timezone.localdate() - datetime.timedelta(days=n))
    home = HomePage.objects.get(locale__language_code="fr")
    home.pinned_news = old
    home.save_revision().publish()
    titles = [
        a.get_text(strip=True) for a in soup(client.get("/")).select(".home__news .card__title a")
    ]
    assert titles == ["Ancienne mais importante", *[f"Récente {n}" for n in range(6)]]


def test_home_shows_upcoming_events_and_the_resource_centre(client):
    builders.event(title="Réunion du groupe-pays Sénégal")
    builders.resource(title="Guide", media="text")
    page = client.get("/")
    assert "Réunion du groupe-pays Sénégal" in text_of(page, ".home__agenda")
    assert "Texte 1 ressource" in text_of(page, ".home__resources")


def test_a_new_article_shows_on_the_home_page_at_once(client):
    builders.news(title="Première")
    assert "Première" in text_of(client.get("/"), ".home__news")
    client.get("/actualites/")  # sidebar and menus now cached
    builders.news(title="Publiée à l’instant")
    assert "Publiée à l’instant" in text_of(client.get("/"), ".home__news")
    article = builders.news_index().get_children().live().first()
    sidebar = text_of(client.get(article.url), ".sidebar__news")
    assert "Publiée à l’instant" in sidebar


def test_home_leads_with_one_story_and_leads_on_to_all_news_and_the_agenda(client):
    for n in range(3):
        builders.news(title=f"Nouvelle {n}", date=timezone.localdate() - datetime.timedelta(days=n))
    builders.event(title="Réunion du groupe-pays Mali")
    page = soup(client.get("/"))
    cards = page.select(".home__news .card")
    assert "card--lead" in cards[0]["class"] and not any(
        "card--lead" in c["class"] for c in cards[1:]
    )
    assert cards[0].select_one(".card__title").get_text(strip=True) == "Nouvelle 0"
    links = {a.get_text(strip=True): a["href"] for a in page.select(".home__more a")}
    assert links["Toutes les actualités"] == builders.news_index().url
    assert links["Tout l’agenda"] == builders.agenda().url
