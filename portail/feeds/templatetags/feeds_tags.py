"""Links to subscribe and to add events to a calendar: plain links, no third-party script."""

import datetime
from urllib.parse import urlencode

from django import template
from django.urls import reverse

register = template.Library()


@register.simple_tag(takes_context=True)
def calendar_links(context, event):
    """The .ics download, and Google Calendar and Outlook forms filled with the event."""
    request = context["request"]
    url = event.get_full_url(request) or ""
    start, end = event.calendar_span()
    place = event.location or ""
    if event.all_day:
        google_dates = f"{start:%Y%m%d}/{end:%Y%m%d}"
    else:
        utc_start, utc_end = start.astimezone(datetime.UTC), end.astimezone(datetime.UTC)
        google_dates = f"{utc_start:%Y%m%dT%H%M%SZ}/{utc_end:%Y%m%dT%H%M%SZ}"
    outlook = {
        "startdt": start.isoformat(),
        "enddt": end.isoformat(),
        "allday": "true" if event.all_day else "false",
    }
    google = {
        "action": "TEMPLATE",
        "text": event.title,
        "dates": google_dates,
        "details": url,
        "location": place,
    }
    outlook.update(
        path="/calendar/action/compose",
        rru="addevent",
        subject=event.title,
        body=url,
        location=place,
    )
    return {
        "ics": reverse("feeds:event_ics", args=[event.slug]),
        "google": "https://calendar.google.com/calendar/render?" + urlencode(google),
        "outlook": "https://outlook.live.com/calendar/0/deeplink/compose?" + urlencode(outlook),
    }
