"""The newsletter: the news published since the last one, the coming events, the open calls."""

from datetime import timedelta

from django.core import mail
from django.utils import timezone
from django.utils.translation import gettext as _

from portail.agenda.selectors import upcoming_events
from portail.core.mail import templated_message
from portail.news.selectors import published_news
from portail.opportunities.selectors import open_calls

from .models import Dispatch, Subscriber
from .services import unsubscribe_link

NEWS_LIMIT = 10
EVENTS_LIMIT = 8
CALLS_LIMIT = 5
FIRST_WINDOW = timedelta(days=14)
BATCH = 100


def since_last_dispatch(now=None):
    last = Dispatch.objects.order_by("-sent_at").values_list("sent_at", flat=True).first()
    return last or (now or timezone.now()) - FIRST_WINDOW


def compose(now=None):
    now = now or timezone.now()
    since = since_last_dispatch(now)
    return {
        "subject": _("La lettre du portail – %(date)s")
        % {"date": timezone.localdate(now).strftime("%d/%m/%Y")},
        "since": since,
        "news": list(published_news().filter(first_published_at__gt=since)[:NEWS_LIMIT]),
        "events": list(upcoming_events(now=now)[:EVENTS_LIMIT]),
        "calls": list(open_calls(now=now)[:CALLS_LIMIT]),
    }


def is_empty(digest):
    return not (digest["news"] or digest["events"] or digest["calls"])


def message_for(subscriber, digest):
    """One subscriber's copy: its own unsubscribe link, in the body and in the headers that
    let mail programs offer a one-click unsubscribe (RFC 2369, RFC 8058)."""
    link = unsubscribe_link(subscriber)
    headers = {
        "List-Unsubscribe": f"<{link}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    context = {**digest, "unsubscribe": link}
    return templated_message("newsletter", digest["subject"], context, [subscriber.email], headers)


def send(now=None):
    """Send the letter to every confirmed subscriber; returns the Dispatch (None when there is
    nothing to say)."""
    now = now or timezone.now()
    digest = compose(now)
    if is_empty(digest):
        return None
    sent = 0
    subscribers = Subscriber.objects.receiving().order_by("pk")
    with mail.get_connection() as connection:
        batch = []
        for subscriber in subscribers.iterator():
            batch.append(message_for(subscriber, digest))
            if len(batch) == BATCH:
                sent += connection.send_messages(batch)
                batch = []
        if batch:
            sent += connection.send_messages(batch)
    return Dispatch.objects.create(subject=digest["subject"], sent_at=now, recipients=sent)
