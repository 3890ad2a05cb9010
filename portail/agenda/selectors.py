"""Reads of the agenda; each with a fixed number of queries."""

import calendar
import datetime

from django.core.paginator import Paginator
from django.db.models import F, Max
from django.shortcuts import get_object_or_404
from django.utils import timezone

from portail.core.cache import cached
from portail.core.page_context import provides
from portail.core.pagination import paged_listing
from portail.images.selectors import CARD, image_with_renditions
from portail.taxonomy.selectors import with_tags

from .forms import AgendaFilterForm
from .models import Agenda, EventPage, EventSeries

EVENTS_PER_PAGE = 20


def published_events():
    """Live events that anonymous visitors may see."""
    return EventPage.objects.visible().select_related("series")


def upcoming_events(count=None, now=None):
    """Events that have not ended yet, soonest first."""
    now = now or timezone.now()
    # None has begun before the longest event's length ago: a bound that lets the database
    # walk the start index in order ("not ended" alone, it read every future event to sort
    # them: 5 ms for the home page's four at 10,000 events).
    events = published_events().filter(end__gte=now, start__gte=now - longest_event())
    events = events.order_by("start", "pk")
    return list(events[:count]) if count else events


def longest_event():
    """The length of the longest event, cached until the content changes."""

    def compute():
        longest = EventPage.objects.aggregate(longest=Max(F("end") - F("start")))["longest"]
        return longest or datetime.timedelta(0)

    return cached("longest-event", compute)


def past_events(now=None):
    """Events that have ended, most recent first."""
    return published_events().filter(end__lt=now or timezone.now()).order_by("-start", "-pk")


def events_in_month(month):
    """Events that overlap the month that starts on `month` (a date on its first day)."""
    first = timezone.make_aware(datetime.datetime.combine(month.replace(day=1), datetime.time.min))
    days = calendar.monthrange(month.year, month.month)[1]
    after = first + datetime.timedelta(days=days)
    return published_events().filter(start__lt=after, end__gte=first).order_by("start", "pk")


def month_grid(month, events):
    """Weeks of (day, events of that day) for the month view, Monday first."""
    by_day = {}
    for event in events:
        day = timezone.localtime(event.start).date()
        last = timezone.localtime(event.end or event.start).date()
        while day <= last:
            by_day.setdefault(day, []).append(event)
            day += datetime.timedelta(days=1)
    weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(month.year, month.month)
    return [
        [(day, by_day.get(day, []), day.month == month.month) for day in week] for week in weeks
    ]


@provides(Agenda, "listing")
def agenda_context(agenda, request):
    form = AgendaFilterForm(request.GET or None)
    context = {"filter_form": form, "filter_query": form.query_string()}
    if form.month:
        events = with_tags(list(form.filter(events_in_month(form.month))))
        month = form.month
        context.update(
            month=month,
            weeks=month_grid(month, events),
            events=events,
            previous_month=(month - datetime.timedelta(days=1)).replace(day=1),
            next_month=(month + datetime.timedelta(days=32)).replace(day=1),
        )
        return context
    events = form.filter(past_events() if form.past else upcoming_events())
    paginator = Paginator(events, EVENTS_PER_PAGE)
    context.update(
        paged_listing(request, form, paginator, [image_with_renditions(CARD)], then=with_tags),
        past=form.past,
        this_month=timezone.localdate().replace(day=1),
    )
    return context


@provides(Agenda, "series")
def series_context(agenda, request, slug):
    series = get_object_or_404(EventSeries, slug=slug)
    return {
        "series": series,
        "events": list(published_events().filter(series=series).order_by("start", "pk")),
    }
