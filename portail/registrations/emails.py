from django.urls import reverse
from django.utils.translation import gettext as _

from portail.core.addresses import absolute_url
from portail.core.mail import deliver, templated_message
from portail.feeds.calendars import calendar_of


def send_confirmation(registration, token, request, promoted_from_waiting=False):
    """The confirmation, with the event's .ics attached, or the waiting-list notice; HTML and
    plain text, the date and time, and a signed link to see or cancel the registration."""
    event = registration.event
    context = {
        "registration": registration,
        "event": event,
        "link": absolute_url(reverse("registrations:status", args=[token])),
        "promoted": promoted_from_waiting,
    }
    if registration.is_confirmed:
        subject = _("Inscription confirmée : %(title)s") % {"title": event.title}
    else:
        subject = _("Liste d’attente : %(title)s") % {"title": event.title}
    message = templated_message("registration", subject, context, [registration.email])
    if registration.is_confirmed:  # a place on the waiting list is no date in a calendar yet
        calendar = calendar_of([event], event.title, request)
        message.attach(f"{event.slug}.ics", calendar.to_ical(), "text/calendar")
    deliver([message])
