"""The agenda: upcoming and past events, month view, filters, badges, series and reports."""

import datetime
import zoneinfo

import pytest
import time_machine
from django.utils import timezone

from portail.agenda.models import EventSeries
from portail.taxonomy.models import Country
from tests import builders
from tests.html import soup, text_of

pytestmark = pytest.mark.django_db
PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def at(*args):
    return datetime.datetime(*args, tzinfo=PARIS)


def titles(response, selector=".cards .card__title a"):
    return [a.get_text(strip=True) for a in soup(response).select(selector)]


@time_machine.travel(at(2026, 1, 20, 9), tick=False)
def test_upcoming_by_default_soonest_first_and_past_on_its_tab(client):
    builders.event(title="Vietnam", start=at(2026, 1, 22, 10), end=at(2026, 1, 22, 12, 30))
    builders.event(title="Japon", start=at(2026, 2, 10, 14))
    builders.event(title="Chroniques", start=at(2026, 1, 23, 12, 30), end=at(2026, 1, 23, 14))
    builders.event(title="Passé", start=at(2025, 12, 1, 10))
    assert titles(client.get("/agenda/")) == ["Vietnam", "Chroniques", "Japon"]
    assert titles(client.get("/agenda/?periode=passes")) == ["Passé"]


def test_an_event_moves_to_the_past_by_itself_when_it_ends(client):
    with time_machine.travel(at(2026, 1, 22, 9), tick=False):
        builders.event(title="Réunion du matin", start=at(2026, 1, 22, 10), end=at(2026, 1, 22, 12))
        assert titles(client.get("/agenda/")) == ["Réunion du matin"]
    with time_machine.travel(at(2026, 1, 22, 11), tick=False):
        assert titles(client.get("/agenda/")) == ["Réunion du matin"]  # under way: still listed
    with time_machine.travel(at(2026, 1, 22, 12, 1), tick=False):
        assert titles(client.get("/agenda/")) == []
        assert titles(client.get("/agenda/?periode=passes")) == ["Réunion du matin"]


@time_machine.travel(at(2026, 3, 10, 9), tick=False)
def test_a_long_event_under_way_is_listed_first_on_the_home_page_and_the_agenda(client):
    builders.event(title="Semaine", start=at(2026, 3, 12, 9), end=at(2026, 3, 13, 18))
    builders.event(title="Exposition", start=at(2026, 1, 5, 9), end=at(2026, 4, 30, 18))
    builders.event(title="Close", start=at(2026, 2, 1, 9), end=at(2026, 2, 28, 18))
    assert titles(client.get("/agenda/")) == ["Exposition", "Semaine"]
    assert titles(client.get("/"), ".home__agenda .card__title a") == ["Exposition", "Semaine"]


@time_machine.travel(at(2024, 9, 1, 9), tick=False)
def test_dates_in_french_single_day_multi_day_and_all_day(client):
    builders.event(title="Rencontres", start=at(2024, 9, 24), end=at(2024, 9, 26), all_day=True)
    builders.event(title="Webinaire", start=at(2024, 9, 5, 12, 30), end=at(2024, 9, 5, 14))
    builders.event(title="Assises", start=at(2024, 9, 30), end=at(2024, 10, 2), all_day=True)
    text = text_of(client.get("/agenda/"), "main")
    assert "Le jeudi 5 septembre 2024, de 12 h 30 à 14 h 00" in text
    assert "Du 24 au 26 septembre 2024" in text
    assert "Du 30 septembre au 2 octobre 2024" in text


@time_machine.travel(at(2026, 1, 10, 9), tick=False)
def test_status_is_a_badge_never_a_title_prefix(client):
    builders.event(title="Réunion Maroc", status="cancelled")
    builders.event(title="Réunion Liban", status="postponed")
    builders.event(title="Rencontres", save_the_date=True)
    page = soup(client.get("/agenda/"))
    cards = {
        text_of(card, ".card__title"): text_of(card, ".badges") for card in page.select(".card")
    }
    assert cards == {
        "Réunion Maroc": "Annulé",
        "Réunion Liban": "Reporté",
        "Rencontres": "Save the date",
    }


@time_machine.travel(at(2026, 1, 10, 9), tick=False)
def test_month_view_places_events_on_their_days(client):
    builders.event(title="Vietnam", start=at(2026, 1, 22, 10), end=at(2026, 1, 22, 12))
    builders.event(title="Rencontres", start=at(2026, 1, 30), end=at(2026, 2, 1), all_day=True)
    builders.event(title="Japon", start=at(2026, 2, 10, 14))
    page = soup(client.get("/agenda/?mois=2026-01"))
    assert text_of(page, "#month-title") == "Janvier 2026"
    busy = {
        text_of(td, ".month__day"): [a.get_text() for a in td.select("a")]
        for td in page.select("td.month__busy")
    }
    assert busy["22"] == ["Vietnam"]
    assert busy["30"] == busy["31"] == ["Rencontres"]
    assert "Japon" not in text_of(page, ".month")
    assert page.select_one(".month__nav a[rel=next]")["href"] == "?mois=2026-02"


@time_machine.travel(at(2026, 1, 10, 9), tick=False)
def test_filters_by_country_and_type(client):
    senegal = Country.objects.get(code="SN")
    builders.event(title="Groupe-pays Sénégal", countries=[senegal], kind="country_group")
    builders.event(title="Webinaire", kind="webinar")
    assert titles(client.get("/agenda/?pays=sn")) == ["Groupe-pays Sénégal"]
    assert titles(client.get("/agenda/?type=webinar")) == ["Webinaire"]
    response = client.get("/agenda/?pays=zz&type=nimporte&mois=2026-13&periode=x")
    assert response.status_code == 200


def test_bad_agenda_pages_are_404(client):
    assert client.get("/agenda/?page=abc").status_code == 404
    assert client.get("/agenda/cycles/inconnu/").status_code == 404


@time_machine.travel(at(2026, 1, 10, 9), tick=False)
def test_series_page_lists_its_sessions_in_order(client):
    series = EventSeries.objects.create(title="Chroniques géopolitiques")
    builders.event(title="Session 2", start=at(2026, 2, 12, 12), series=series)
    builders.event(title="Session 1", start=at(2025, 12, 11, 12), series=series)
    builders.event(title="Autre", start=at(2026, 2, 1, 12))
    response = client.get("/agenda/cycles/chroniques-geopolitiques/")
    assert text_of(response, "h1") == "Chroniques géopolitiques"
    assert titles(response, ".series .card__title a") == ["Session 1", "Session 2"]


def test_event_page_shows_the_announcement_then_the_report(client):
    with time_machine.travel(at(2026, 1, 10, 9), tick=False):
        event = builders.event(
            title="Réunion du groupe-pays Japon",
            start=at(2026, 1, 22, 10),
            end=at(2026, 1, 22, 12),
            location="Paris",
            online=True,
            body=[("paragraph", "<p>Ordre du jour à venir.</p>")],
            report=[("paragraph", "<p>Les membres ont adopté le programme.</p>")],
        )
        before = text_of(client.get(event.url), "main")
        assert "Ordre du jour à venir." in before
        assert "Les membres ont adopté" not in before
        assert "Paris, en visioconférence" in before
    with time_machine.travel(at(2026, 1, 23, 9), tick=False):
        after = text_of(client.get(event.url), "main")
        assert "Cet événement a eu lieu le 22 janvier 2026." in after
        assert "Les membres ont adopté le programme." in after
        assert "Ordre du jour à venir." not in after


def test_all_day_event_spans_whole_days_in_paris_time():
    event = builders.event(start=at(2024, 9, 24, 15), end=at(2024, 9, 26, 9), all_day=True)
    assert timezone.localtime(event.start) == at(2024, 9, 24)
    assert timezone.localtime(event.end) == at(2024, 9, 26, 23, 59, 59)
