from django.utils import timezone

from .models import Registration, RegistrationStatus
from .services import cancel


def export(email, user):
    return list(
        Registration.objects.filter(email__iexact=email).values(
            "event__title",
            "name",
            "email",
            "authority",
            "role",
            "attendance",
            "status",
            "created_at",
            "consent_at",
            "cancelled_at",
        )  # fmt: skip
    )


def erase(email, user):
    """A coming event's place goes to the first person waiting; then no trace remains."""
    registrations = Registration.objects.filter(email__iexact=email)
    coming = registrations.filter(event__end__gte=timezone.now()).exclude(
        status=RegistrationStatus.CANCELLED
    )
    for registration in coming.select_related("event"):
        cancel(registration)
    registrations.delete()
