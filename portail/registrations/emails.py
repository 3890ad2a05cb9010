from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from portail.feeds.calendars import calendar_of

from .models import RegistrationStatus


def send_confirmation(registration, token, request, promoted_from_waiting=False):
    """The confirmation (or the waiting-list notice), HTML and plain text, with the event's
    .ics attached and a signed link to see or cancel the registration."""
    event = registration.event
    base = (
        request.build_absolute_uri("/")[:-1]
        if request
        else settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    )
    context = {
        "registration": registration,
        "event": event,
        "link": base + reverse("registrations:status", args=[token]),
        "promoted": promoted_from_waiting,
    }
    if registration.status == RegistrationStatus.CONFIRMED:
        subject = _("Inscription confirmée : %(title)s") % {"title": event.title}
    else:
        subject = _("Liste d’attente : %(title)s") % {"title": event.title}
    message = EmailMultiAlternatives(
        subject,
        render_to_string("emails/registration.txt", context),
        to=[registration.email],
    )
    message.attach_alternative(render_to_string("emails/registration.html", context), "text/html")
    calendar = calendar_of([event], event.title, request)
    message.attach(f"{event.slug}.ics", calendar.to_ical(), "text/calendar")
    message.send()
