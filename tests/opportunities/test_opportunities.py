"""Calls for projects and job offers: open or closed by the clock, filters, the home page."""

import datetime
import zoneinfo

import pytest
import time_machine
from django.utils import timezone

from portail.taxonomy.models import Organisation
from tests import builders
from tests.html import soup, text_of

pytestmark = pytest.mark.django_db
PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def call_titles(response):
    return [a.get_text() for a in soup(response).select(".card--call .card__title a")]


def test_call_page_shows_funder_deadline_in_paris_time_budget_and_countries(client):
    afd = Organisation.objects.create(name="AFD", full_name="Agence française de développement")
    deadline = datetime.datetime(2027, 3, 15, 12, 0, tzinfo=PARIS)
    call = builders.call(
        "FICOL 2027",
        deadline=deadline,
        funder=afd,
        budget=1500000,
        countries=[builders.country("SN")],
        link="https://example.org/ficol",
    )
    with time_machine.travel(datetime.datetime(2027, 1, 1, tzinfo=PARIS)):
        text = text_of(client.get(call.url), "main")
    assert "Agence française de développement" in text
    assert "15 mars 2027 à 12:00 (heure de Paris)" in text
    assert "1 500 000 €" in text
    assert "Sénégal" in text and "ouvert" in text
    assert "Consulter l’appel et candidater" in text


def test_a_call_closes_at_its_deadline(client):
    deadline = datetime.datetime(2027, 3, 15, 12, 0, tzinfo=PARIS)
    call = builders.call("Appel Jeunesse", deadline=deadline)
    with time_machine.travel(deadline - datetime.timedelta(minutes=1)):
        assert call_titles(client.get("/opportunites/")) == ["Appel Jeunesse"]
        assert "ouvert" in text_of(client.get(call.url), ".article__surtitle")
    with time_machine.travel(deadline + datetime.timedelta(minutes=1)):
        assert call_titles(client.get("/opportunites/")) == []
        assert call_titles(client.get("/opportunites/?etat=clos")) == ["Appel Jeunesse"]
        page = client.get(call.url)
        assert "clos" in text_of(page, ".article__surtitle")
        assert "Consulter l’appel" not in text_of(page)


def test_calls_filter_by_country_soonest_first(client):
    senegal, mali = builders.country("SN"), builders.country("ML")
    now = timezone.now()
    builders.call("Sénégal tardif", deadline=now + datetime.timedelta(days=40), countries=[senegal])
    builders.call("Sénégal bientôt", deadline=now + datetime.timedelta(days=3), countries=[senegal])
    builders.call("Mali", deadline=now + datetime.timedelta(days=1), countries=[mali])
    assert call_titles(client.get("/opportunites/?pays=sn")) == [
        "Sénégal bientôt",
        "Sénégal tardif",
    ]
    assert call_titles(client.get("/opportunites/")) == [
        "Mali",
        "Sénégal bientôt",
        "Sénégal tardif",
    ]


def test_a_closed_job_offer_leaves_the_listing_by_itself(client):
    today = timezone.localdate()
    offer = builders.job(
        "Chargé·e de mission Asie", deadline=today + datetime.timedelta(days=2), contract="cdd"
    )
    response = client.get("/opportunites/")
    assert "Chargé·e de mission Asie" in text_of(response, "#offers-title + .cards")
    assert "CDD" in text_of(response, ".card--job")
    with time_machine.travel(today + datetime.timedelta(days=3)):
        assert "Chargé·e de mission Asie" not in text_of(client.get("/opportunites/"))
        assert "pourvue ou close" in text_of(client.get(offer.url), ".article__surtitle")


def test_type_filter_shows_only_offers_or_only_calls(client):
    builders.call("Un appel")
    builders.job("Une offre")
    only_offers = client.get("/opportunites/?type=offres")
    assert call_titles(only_offers) == [] and "Une offre" in text_of(only_offers)
    only_calls = client.get("/opportunites/?type=appels")
    assert call_titles(only_calls) == ["Un appel"] and "Une offre" not in text_of(only_calls)


def test_home_page_shows_the_calls_that_close_soonest(client):
    now = timezone.now()
    for days in (30, 2, 9, 5):
        builders.call(f"Appel à {days} jours", deadline=now + datetime.timedelta(days=days))
    builders.call("Appel clos", deadline=now - datetime.timedelta(days=1))
    response = client.get("/")
    listed = [a.get_text() for a in soup(response).select(".home__calls li > a")]
    assert listed == ["Appel à 2 jours", "Appel à 5 jours", "Appel à 9 jours"]
    assert soup(response).select_one(".home__calls p a")["href"] == "/opportunites/"
