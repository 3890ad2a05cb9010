"""iCalendar (RFC 5545) for the agenda, with the icalendar library.

Subscribed calendars follow an event that moves: its UID never changes, SEQUENCE and
LAST-MODIFIED grow with each publication, a cancelled event is sent with STATUS:CANCELLED.
Times are written in Europe/Paris with its VTIMEZONE; all-day events as whole dates."""

import datetime

from django.utils import timezone

from portail.agenda.models import EventStatus

# SEQUENCE counts minutes since this date at the last publication: it grows at each one.
SEQUENCE_EPOCH = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
STATUSES = {
    EventStatus.SCHEDULED: "CONFIRMED",
    EventStatus.POSTPONED: "TENTATIVE",
    EventStatus.CANCELLED: "CANCELLED",
}


def event_uid(event):
    """Stable for the life of the event, whatever its title, slug or date become."""
    return f"{event.translation_key}@portail"


def calendar_of(events, name, request):
    """A VCALENDAR holding `events`, their links absolute for `request`'s site."""
    from icalendar import Calendar  # at the first calendar asked for: 7 MB a worker otherwise

    calendar = Calendar()
    calendar.add("prodid", "-//Portail//Agenda//FR")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Paris")
    for event in events:
        calendar.add_component(vevent_of(event, request))
    calendar.add_missing_timezones()
    return calendar


def vevent_of(event, request):
    from icalendar import Event

    vevent = Event()
    vevent.add("uid", event_uid(event))
    vevent.add("summary", event.title)
    start, end = event.calendar_span()
    vevent.add("dtstart", start)
    vevent.add("dtend", end)
    published = event.last_published_at or timezone.now()
    vevent.add("dtstamp", timezone.now())
    vevent.add("last-modified", published)
    vevent.add("sequence", max(0, int((published - SEQUENCE_EPOCH).total_seconds() // 60)))
    vevent.add("status", STATUSES.get(event.status, "CONFIRMED"))
    where = [event.location] if event.location else []
    if event.online:
        where.append(event.online_url or "en ligne")
    if where:
        vevent.add("location", ", ".join(where))
    url = event.get_full_url(request)
    if url:
        vevent.add("url", url)
    description = event.lead or ""
    vevent.add("description", f"{description}\n\n{url}".strip() if url else description)
    return vevent
