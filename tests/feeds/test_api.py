"""The public JSON API: what anonymous visitors may see, filters, bad input and rate limit."""

import datetime

import pytest
import time_machine
from django.core.cache import cache
from django.test import override_settings
from wagtail.models import PageViewRestriction

from tests import builders

pytestmark = pytest.mark.django_db


@pytest.fixture
def content():
    senegal = builders.country("SN")
    builders.news("Dakar", date=datetime.date(2026, 5, 2), countries=[senegal])
    builders.news("Tokyo", date=datetime.date(2025, 5, 2), countries=[builders.country("JP")])
    private = builders.news("Réservée", date=datetime.date(2026, 5, 3), countries=[senegal])
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    builders.news("Brouillon", countries=[senegal]).unpublish()


def titles(client, query):
    response = client.get(f"/api/v2/pages/?{query}")
    assert response.status_code == 200, response.content
    return sorted(item["title"] for item in response.json()["items"])


def test_pages_never_include_private_or_draft_content(client, content):
    everything = titles(client, "type=news.NewsPage&limit=100")
    assert everything == ["Dakar", "Tokyo"]
    private = client.get("/api/v2/pages/?type=news.NewsPage&search=Réservée").json()
    assert private["items"] == []


def test_filters_by_type_country_and_date(client, content):
    assert titles(client, "type=news.NewsPage&pays=sn") == ["Dakar"]
    assert titles(client, "pays=sn") == ["Dakar"]  # without a type: every content type
    assert titles(client, "type=news.NewsPage&publie_avant=2025-12-31") == ["Tokyo"]
    item = client.get(
        "/api/v2/pages/?type=news.NewsPage&pays=sn&fields=publication_date,tag_keys"
    ).json()["items"][0]
    assert item["publication_date"] == "2026-05-02"
    assert item["tag_keys"]["countries"] == ["sn"]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("type=news.NewsPage&publie_apres=hier", "publie_apres: expected a date"),
        ("type=rien.DuTout", "type doesn't exist"),
        ("limit=-1", "limit must be a positive integer"),
    ],
)
def test_bad_queries_are_400_with_a_message(client, content, query, message):
    response = client.get(f"/api/v2/pages/?{query}")
    assert response.status_code == 400
    assert message in response.json()["message"]


def test_images_and_documents_are_listed(client):
    builders.image("Photo du groupe-pays")
    builders.pdf("Compte-rendu")
    assert client.get("/api/v2/images/").json()["items"][0]["title"] == "Photo du groupe-pays"
    assert client.get("/api/v2/documents/").json()["items"][0]["title"] == "Compte-rendu"


@override_settings(API_RATE="3/minute")
def test_rate_limit_answers_429_past_the_allowance(client):
    cache.clear()
    # Within one minute's window (the limit counts in fixed windows).
    with time_machine.travel(
        datetime.datetime(2027, 1, 20, 10, 0, 5, tzinfo=datetime.UTC), tick=False
    ):
        statuses = [client.get("/api/v2/pages/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]


@pytest.mark.parametrize(
    "path",
    ["/api/v2/documents/?search=a%00b", "/api/v2/pages/?search=%00", "/api/v2/images/?search=%00"],
)
def test_a_nul_character_is_a_400_not_a_database_error(client, path):
    assert client.get(path).status_code == 400


@pytest.mark.parametrize("search", ["-", '"', "( )", '"- -"', "* : *"])
def test_a_search_without_words_finds_nothing_rather_than_failing(client, content, search):
    response = client.get("/api/v2/pages/", {"search": search})
    assert response.status_code == 200
    assert response.json()["items"] == []
