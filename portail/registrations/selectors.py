"""Reads of registrations."""

from .models import Registration, RegistrationStatus


def places_left(event):
    """Places still free at `event`; None when it has no limit."""
    if event.capacity is None:
        return None
    confirmed = Registration.objects.filter(
        event=event, status=RegistrationStatus.CONFIRMED
    ).count()
    return max(0, event.capacity - confirmed)
