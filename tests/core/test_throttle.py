"""Limits on what one connection or one address may ask of the public forms and the API,
counted once for the whole site."""

import datetime
import os
import subprocess
import sys

import pytest
from django.core import mail
from django.utils import timezone

from portail.registrations.forms import started_token
from tests import builders

pytestmark = pytest.mark.django_db


COUNTER = """
import django; django.setup()
from django.conf import settings
from portail.core import throttle
settings.THROTTLE_FILE = {path!r}
print(" ".join(str(throttle.hit("api:203.0.113.9", 3600)) for _ in range(50)))
"""


def test_processes_count_together_in_the_shared_file(tmp_path):
    """Four processes (as four workers) counting the same key: every hit counted once."""
    script = COUNTER.format(path=str(tmp_path / "throttle.sqlite3"))
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portail.settings.test"}
    workers = [
        subprocess.Popen([sys.executable, "-c", script], env=env, stdout=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    counts = sorted(int(n) for worker in workers for n in worker.communicate(timeout=60)[0].split())
    assert counts == list(range(1, 201))


def registration_data(n):
    return {"name": f"Personne {n}", "email": f"p{n}@example.org", "authority": "Ville de Lyon",
            "role": "Chargée de mission", "attendance": "sur-place", "consent": "on", "started": started_token(0)}  # fmt: skip


def test_a_script_cannot_fill_an_event_from_one_connection(client):
    event = builders.event(
        "Réunion du groupe-pays Mali",
        start=timezone.now() + datetime.timedelta(days=10),
        registration_enabled=True,
        capacity=30,
    )
    address = f"/inscriptions/evenement/{event.pk}/"
    statuses = [client.post(address, registration_data(n)).status_code for n in range(12)]
    assert statuses == [302] * 10 + [429] * 2
    refused = client.post(address, registration_data(99))
    assert "Trop de demandes" in refused.content.decode() and int(refused["Retry-After"]) > 0
    assert event.registrations.count() == 10
    other = client.post(address, registration_data(100), REMOTE_ADDR="198.51.100.7")
    assert other.status_code == 302  # another connection is not held up


def test_password_reset_mails_one_address_three_times_an_hour(client):
    builders.account("awa@rennes.fr")
    statuses = [
        client.post(
            "/compte/mot-de-passe/", {"email": "Awa@Rennes.fr"}, REMOTE_ADDR=f"192.0.2.{n}"
        ).status_code
        for n in range(5)
    ]
    assert statuses == [302, 302, 302, 429, 429]
    assert len(mail.outbox) == 3


def test_newsletter_and_account_requests_are_limited_per_connection(client):
    newsletter = [
        client.post("/lettre/", {"email": f"l{n}@example.org", "consent": "on"}).status_code
        for n in range(11)
    ]
    assert newsletter[:10] == [200] * 10 and newsletter[10] == 429
    member = builders.member("Ville de Rennes")
    requests = [
        client.post(
            "/compte/demande/",
            {
                "first_name": "Awa",
                "last_name": f"Diop {n}",
                "email": f"a{n}@rennes.fr",
                "member": member.pk,
                "job_title": "Chargée de mission",
                "consent": "on",
            },  # fmt: skip
        ).status_code
        for n in range(6)
    ]
    assert requests == [200] * 5 + [429]
