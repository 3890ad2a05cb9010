"""The tags a card shows: each news item its own, kind by kind, in French order, linked."""

import datetime

import pytest
from django.utils import timezone

from portail.taxonomy.models import Country, Organisation, Theme
from tests import builders
from tests.html import soup

pytestmark = pytest.mark.django_db


def card_tags(page, title):
    card = next(c for c in page.select(".card") if c.select_one(".card__title").text == title)
    return [(a.get_text(), a["href"]) for a in card.select(".tags a")]


@pytest.mark.parametrize("address", ["/", "/actualites/"])
def test_each_card_shows_its_own_tags_kind_by_kind_in_french_order(client, address):
    egypt, senegal, syria = (Country.objects.get(code=code) for code in ("EG", "SN", "SY"))
    water, youth = Theme.objects.create(name="Eau"), Theme.objects.create(name="Jeunesse")
    cglu = Organisation.objects.create(name="CGLU")
    today = timezone.localdate()
    builders.news(
        title="Chargée",
        date=today,
        countries=[syria, egypt, senegal],
        themes=[youth, water],
        organisations=[cglu],
    )
    builders.news(title="Sobre", date=today - datetime.timedelta(days=1), themes=[water])
    builders.news(title="Nue", date=today - datetime.timedelta(days=2))
    page = soup(client.get(address))
    assert card_tags(page, "Chargée") == [
        ("Égypte", "/pays/eg/"),
        ("Sénégal", "/pays/sn/"),
        ("Syrie", "/pays/sy/"),
        ("Eau", "/themes/eau/"),
        ("Jeunesse", "/themes/jeunesse/"),
        ("CGLU", "/organisations/cglu/"),
    ]
    assert card_tags(page, "Sobre") == [("Eau", "/themes/eau/")]
    assert card_tags(page, "Nue") == []


def test_tag_links_are_read_in_english_under_english_addresses(client):
    builders.news(title="Jumelage", countries=[Country.objects.get(code="SN")])
    french = soup(client.get("/actualites/"))
    assert card_tags(french, "Jumelage") == [("Sénégal", "/pays/sn/")]
    english = soup(client.get("/en/actualites/"))
    assert card_tags(english, "Jumelage") == [("Sénégal", "/en/pays/sn/")]
