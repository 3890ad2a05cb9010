"""20 people register at the same moment for 10 places: exactly 10 confirmed, 10 waiting."""

import datetime
import threading

import pytest
from django.db import connection
from django.utils import timezone

from portail.registrations.models import Registration
from portail.registrations.services import register
from tests import builders

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_twenty_simultaneous_registrations_for_ten_places():
    event = builders.event(
        "Assemblée générale",
        start=timezone.now() + datetime.timedelta(days=20),
        registration_enabled=True,
        capacity=10,
    )
    start = threading.Barrier(20)
    errors = []

    def one(n):
        try:
            start.wait()
            register(event, name=f"P{n}", email=f"p{n}@example.org", authority="Ville")
        except Exception as error:  # noqa: BLE001 - reported below, with the others
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=one, args=(n,)) for n in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    statuses = list(Registration.objects.values_list("status", flat=True))
    assert statuses.count("confirmee") == 10
    assert statuses.count("attente") == 10
