"""No query string makes a listing fail: a 404 for an impossible page, the page otherwise."""

import pytest

from tests import builders

pytestmark = pytest.mark.django_db

ODD_QUERIES = [
    "page=abc",
    "page=999999",
    "page=-1",
    "pays=inconnu",
    "annee=-1",
    "annee=99999999999999999999",
    "theme=%27%22%3E%3Cscript%3E",
    "organisation=%00",
    "type=rien",
    "mois=2026-13",
    "mois=0000-00",
    "periode=hier",
    "pays=sn&pays=jp",
    "q=" + "x" * 5000,
]


@pytest.fixture
def listings():
    builders.news()
    builders.event()
    builders.resource()
    return [
        "/actualites/",
        "/agenda/",
        "/ressources/",
        "/pays/sn/",
        "/themes/inconnu/",
        "/agenda/cycles/inconnu/",
    ]


@pytest.mark.parametrize("query", ODD_QUERIES)
def test_odd_query_strings_never_give_a_server_error(client, listings, query):
    for url in listings:
        response = client.get(f"{url}?{query}")
        assert response.status_code in (200, 404), f"{url}?{query} gave {response.status_code}"
        if "script" in query:
            assert b"<script>" not in response.content
