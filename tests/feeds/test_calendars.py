"""iCalendar read back with the icalendar library: times, time zone, UIDs, updates, cancellations."""

import datetime
import zoneinfo

import pytest
import time_machine
from django.utils import timezone
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from tests import builders
from tests.html import soup

pytestmark = pytest.mark.django_db
PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def events_of(response):
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    return {str(event["summary"]): event for event in calendar.walk("VEVENT")}, calendar


def test_local_times_survive_a_daylight_saving_change(client):
    # 29 March 2026: Paris moves from UTC+1 to UTC+2.
    builders.event(
        "Avant le changement d’heure",
        start=datetime.datetime(2026, 3, 27, 10, 0, tzinfo=PARIS),
        end=datetime.datetime(2026, 3, 27, 12, 30, tzinfo=PARIS),
    )
    builders.event(
        "Après le changement d’heure",
        start=datetime.datetime(2026, 3, 31, 10, 0, tzinfo=PARIS),
        end=datetime.datetime(2026, 3, 31, 12, 30, tzinfo=PARIS),
    )
    with time_machine.travel(datetime.datetime(2026, 3, 1, tzinfo=PARIS)):
        events, calendar = events_of(client.get("/flux/agenda.ics"))
    assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    for title in events:
        start = events[title].decoded("dtstart")
        assert (start.hour, start.minute) == (10, 0), title
        assert (events[title].decoded("dtend").hour, events[title].decoded("dtend").minute) == (
            12,
            30,
        )
    assert events["Avant le changement d’heure"].decoded(
        "dtstart"
    ).utcoffset() == datetime.timedelta(hours=1)
    assert events["Après le changement d’heure"].decoded(
        "dtstart"
    ).utcoffset() == datetime.timedelta(hours=2)


def test_all_day_and_multi_day_events_are_whole_dates(client):
    start = timezone.make_aware(
        datetime.datetime.combine(
            timezone.localdate() + datetime.timedelta(days=10), datetime.time()
        )
    )
    builders.event(
        "Rencontres nationales", start=start, end=start + datetime.timedelta(days=2), all_day=True
    )
    events, _ = events_of(client.get("/flux/agenda.ics"))
    event = events["Rencontres nationales"]
    assert event.decoded("dtstart") == start.date()
    assert event.decoded("dtend") == start.date() + datetime.timedelta(days=3)  # exclusive


def test_a_moved_event_keeps_its_uid_with_a_higher_sequence_and_cancelled_is_sent(client):
    event = builders.event("Réunion du groupe-pays Mali", location="Paris")
    first, _ = events_of(client.get(f"/flux/evenements/{event.slug}.ics"))
    before = first["Réunion du groupe-pays Mali"]
    assert before["status"] == "CONFIRMED" and str(before["location"]) == "Paris"
    with time_machine.travel(timezone.now() + datetime.timedelta(hours=2)):
        event.start += datetime.timedelta(days=1)
        event.end += datetime.timedelta(days=1)
        event.status = "cancelled"
        event.save_revision().publish()
    after, _ = events_of(client.get(f"/flux/evenements/{event.slug}.ics"))
    moved = after["Réunion du groupe-pays Mali"]
    assert moved["uid"] == before["uid"]
    assert moved["sequence"] > before["sequence"]
    assert moved.decoded("last-modified") > before.decoded("last-modified")
    assert moved["status"] == "CANCELLED"
    assert moved.decoded("dtstart") - before.decoded("dtstart") == datetime.timedelta(days=1)


def test_private_draft_and_other_countries_events_stay_out(client):
    senegal = builders.country("SN")
    builders.event("Réunion Sénégal", countries=[senegal])
    builders.event("Réunion Japon", countries=[builders.country("JP")])
    private = builders.event("Réunion réservée", countries=[senegal])
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    builders.event("Brouillon", countries=[senegal]).unpublish()
    everything, _ = events_of(client.get("/flux/agenda.ics"))
    assert set(everything) == {"Réunion Sénégal", "Réunion Japon"}
    senegal_only, _ = events_of(client.get("/flux/pays/sn.ics"))
    assert set(senegal_only) == {"Réunion Sénégal"}
    assert client.get(f"/flux/evenements/{private.slug}.ics").status_code == 404


def test_event_page_offers_ics_google_and_outlook(client):
    event = builders.event(
        "Webinaire",
        start=datetime.datetime(2027, 1, 22, 10, 0, tzinfo=PARIS),
        end=datetime.datetime(2027, 1, 22, 12, 30, tzinfo=PARIS),
    )
    links = {
        a.get_text(): a["href"] for a in soup(client.get(event.url)).select(".add-to-calendar a")
    }
    assert links["Ajouter à mon agenda"] == f"/flux/evenements/{event.slug}.ics"
    assert "dates=20270122T090000Z%2F20270122T113000Z" in links["Google Agenda"]
    assert "startdt=2027-01-22T10%3A00%3A00%2B01%3A00" in links["Outlook"]
    events, _ = events_of(client.get(links["Ajouter à mon agenda"]))
    assert list(events) == ["Webinaire"]
