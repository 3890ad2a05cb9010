import datetime

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _

from portail.agenda.selectors import published_events, upcoming_events
from portail.core.selectors import site_settings_for

from .calendars import calendar_of
from .news import TAGS

CALENDAR_LENGTH = 500


def _ics(calendar, filename):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}.ics"'
    return response


def agenda_calendar(request, kind=None, key=None):
    """/flux/agenda.ics, /flux/pays/sn.ics, /flux/themes/jumelages.ics: events to come and
    those of the last month, so that a subscribed calendar keeps recent ones."""
    site = site_settings_for(request).site_name
    events = upcoming_events(now=timezone.now() - datetime.timedelta(days=31))
    name = _("%(site)s – Agenda") % {"site": site}
    filename = "agenda"
    if kind:
        model, field, relation = TAGS[kind]
        tag = get_object_or_404(model, **{field: key.upper() if field == "code" else key})
        events = events.filter(**{relation: tag})
        name = _("%(site)s – Agenda : %(tag)s") % {"site": site, "tag": tag.name}
        filename = f"agenda-{key.lower()}"
    return _ics(calendar_of(events[:CALENDAR_LENGTH], name, request), filename)


def event_calendar(request, slug):
    """One event, behind its page's "Ajouter à mon agenda" button."""
    event = get_object_or_404(published_events(), slug=slug)
    return _ics(calendar_of([event], event.title, request), event.slug)
