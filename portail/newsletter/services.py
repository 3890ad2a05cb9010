"""Subscribing with double opt-in, and leaving in one click (RFC 8058)."""

import datetime

from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from portail.core.addresses import absolute_url
from portail.core.mail import send_templated

from .models import Subscriber

CONFIRM_SALT = "portail.newsletter.confirm"
UNSUBSCRIBE_SALT = "portail.newsletter.unsubscribe"
CONFIRM_MAX_AGE = 7 * 24 * 3600
RESEND_AFTER = datetime.timedelta(minutes=10)


def confirm_link(subscriber):
    token = signing.dumps(subscriber.pk, salt=CONFIRM_SALT)
    return absolute_url(reverse("newsletter:confirm", args=[token]))


def unsubscribe_path(subscriber):
    token = signing.dumps(subscriber.pk, salt=UNSUBSCRIBE_SALT)
    return reverse("newsletter:unsubscribe", args=[token])


def unsubscribe_link(subscriber):
    return absolute_url(unsubscribe_path(subscriber))


def subscribe(email):
    """Ask `email` to confirm. An address already receiving the letter is told nothing new
    (nor does the answer tell a visitor whether an address is on the list); a form sent again
    and again mails a waiting address once per RESEND_AFTER, not each time."""
    email = email.strip().lower()
    now = timezone.now()
    subscriber, created = Subscriber.objects.get_or_create(
        email=email, defaults={"consent_at": now}
    )
    waiting = subscriber.confirmed_at is None and subscriber.unsubscribed_at is None
    if subscriber.is_receiving or (
        not created and waiting and subscriber.consent_at > now - RESEND_AFTER
    ):
        return subscriber
    subscriber.consent_at = now
    subscriber.confirmed_at = subscriber.unsubscribed_at = None
    subscriber.save()
    context = {"link": confirm_link(subscriber)}
    subject = _("Confirmez votre abonnement à la lettre du portail")
    transaction.on_commit(lambda: send_templated("newsletter_confirm", subject, context, [email]))
    return subscriber


def subscriber_for(token, salt, max_age=None):
    try:
        pk = signing.loads(token, salt=salt, max_age=max_age)
    except signing.BadSignature:
        return None
    return Subscriber.objects.filter(pk=pk).first()


def confirm(subscriber):
    if subscriber.confirmed_at is None:
        subscriber.confirmed_at = timezone.now()
        subscriber.unsubscribed_at = None
        subscriber.save(update_fields=["confirmed_at", "unsubscribed_at"])


def unsubscribe(subscriber):
    if subscriber.unsubscribed_at is None:
        subscriber.unsubscribed_at = timezone.now()
        subscriber.save(update_fields=["unsubscribed_at"])
