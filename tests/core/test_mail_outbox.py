"""Mail server down: every form still gives its normal answer, its rows are saved, and the mails
wait in the outbox until the scheduler's next try reaches the server."""

import datetime
import socket

import pytest
from django.utils import timezone

from portail.core.mail import retry_pending_mail, send_templated
from portail.core.models import PendingMail
from portail.newsletter.models import Subscriber
from portail.registrations.forms import started_token
from portail.registrations.models import Registration
from tests import builders

pytestmark = pytest.mark.django_db


@pytest.fixture
def mail_server_down(settings):
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 2
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False


def test_forms_answer_normally_and_their_mails_wait(
    client, mail_server_down, django_capture_on_commit_callbacks
):
    event = builders.event(
        "Réunion du groupe-pays Mali",
        start=timezone.now() + datetime.timedelta(days=10),
        registration_enabled=True,
        capacity=10,
    )
    with django_capture_on_commit_callbacks(execute=True):
        newsletter = client.post("/lettre/", {"email": "lecteur@example.org", "consent": "on"})
        registration = client.post(
            f"/inscriptions/evenement/{event.pk}/",
            {
                "name": "Personne 1",
                "email": "p1@example.org",
                "authority": "Ville de Lyon",
                "role": "Chargée de mission",
                "attendance": "sur-place",
                "consent": "on",
                "started": started_token(0),
            },  # fmt: skip
            follow=True,
        )
    assert newsletter.status_code == 200 and "confirm" in newsletter.content.decode().lower()
    assert registration.status_code == 200
    assert Subscriber.objects.filter(email="lecteur@example.org").exists()
    assert Registration.objects.filter(event=event, email="p1@example.org").exists()
    waiting = {mail.recipients for mail in PendingMail.objects.all()}
    assert waiting == {"lecteur@example.org", "p1@example.org"}


def test_waiting_mails_leave_once_the_server_answers(client, mail_server_down, settings, mailbox):
    # The mailbox fixture started a server and pointed the settings at it; take it down again
    # for the form, then bring it back for the retry.
    live_port = settings.EMAIL_PORT
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        settings.EMAIL_PORT = probe.getsockname()[1]
    send_templated("newsletter_confirm", "Confirmez", {"link": "https://x/"}, ["a@example.org"])
    assert PendingMail.objects.count() == 1
    assert retry_pending_mail() == 0  # still down: kept, one more attempt counted
    assert PendingMail.objects.get().attempts == 2
    settings.EMAIL_PORT = live_port
    assert retry_pending_mail() == 1
    assert PendingMail.objects.count() == 0
    assert [message["To"] for message in mailbox.messages] == ["a@example.org"]
    assert mailbox.messages[0]["Subject"] == "Confirmez"
