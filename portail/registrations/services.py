"""Registering, cancelling and promoting from the waiting list, safe under concurrency: the
event's row is locked for the length of each decision (SELECT … FOR UPDATE on PostgreSQL;
SQLite takes its write lock when the transaction begins, `transaction_mode=IMMEDIATE`)."""

import datetime
import time

from django.core import signing
from django.db import OperationalError, connection, transaction
from django.utils import timezone

from portail.agenda.models import EventPage

from .emails import send_confirmation
from .models import Registration, RegistrationStatus

SALT = "portail.registrations"
# A registration's link serves until this long after its event: then it says nothing more.
LINK_LIFE_AFTER_EVENT = datetime.timedelta(days=30)
ATTEMPTS = 60


def serialised(decide):
    """Run `decide` in a transaction that holds the event; on SQLite, whose writers wait for
    one another and may give up ("database is locked"), try again a little later."""
    for attempt in range(ATTEMPTS):
        try:
            with transaction.atomic():
                return decide()
        except OperationalError as error:
            if connection.vendor != "sqlite" or "locked" not in str(error):
                raise
            if attempt == ATTEMPTS - 1:
                raise
            time.sleep(0.005 * (attempt + 1))


class AlreadyRegistered(Exception):
    pass


def token_for(registration):
    return signing.dumps(registration.pk, salt=SALT)


def registration_for_token(token):
    """The registration a signed link names, or None for a link forged, mistyped, or kept
    more than LINK_LIFE_AFTER_EVENT past its event."""
    try:
        pk = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    registration = Registration.objects.select_related("event").filter(pk=pk).first()
    if registration is None:
        return None
    event = registration.event
    if (event.end or event.start) + LINK_LIFE_AFTER_EVENT < timezone.now():
        return None
    return registration


def register(event, request=None, **fields):
    def decide():
        locked = EventPage.objects.select_for_update().get(pk=event.pk)
        live = Registration.objects.filter(event=locked).exclude(
            status=RegistrationStatus.CANCELLED
        )
        if live.filter(email__iexact=fields["email"]).exists():
            raise AlreadyRegistered
        confirmed = live.filter(status=RegistrationStatus.CONFIRMED).count()
        full = locked.capacity is not None and confirmed >= locked.capacity
        return Registration.objects.create(
            event=locked,
            status=RegistrationStatus.WAITING if full else RegistrationStatus.CONFIRMED,
            consent_at=timezone.now(),
            **fields,
        )

    registration = serialised(decide)
    send_confirmation(registration, token_for(registration), request)
    return registration


def cancel(registration, request=None):
    """Cancel; a confirmed place freed goes to the first person waiting, who is told by mail.
    Returns the registration promoted, if any."""

    def decide():
        EventPage.objects.select_for_update().get(pk=registration.event_id)
        registration.refresh_from_db()
        if registration.status == RegistrationStatus.CANCELLED:
            return None
        freed = registration.status == RegistrationStatus.CONFIRMED
        registration.status = RegistrationStatus.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        if not freed:
            return None
        waiting = Registration.objects.filter(
            event_id=registration.event_id, status=RegistrationStatus.WAITING
        )
        promoted = waiting.order_by("created_at", "pk").first()
        if promoted:
            promoted.status = RegistrationStatus.CONFIRMED
            promoted.save(update_fields=["status"])
        return promoted

    promoted = serialised(decide)
    if promoted:
        send_confirmation(promoted, token_for(promoted), request, promoted_from_waiting=True)
    return promoted


def waiting_position(registration):
    return (
        Registration.objects.filter(
            event_id=registration.event_id,
            status=RegistrationStatus.WAITING,
            created_at__lte=registration.created_at,
            pk__lte=registration.pk,
        ).count()
        if registration.status == RegistrationStatus.WAITING
        else None
    )
