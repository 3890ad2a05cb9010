"""Registering for a meeting: places, waiting list, cancellation by the link of the mail,
promotion of the first person waiting — mails read from a real SMTP server."""

import datetime
import re
import time
from urllib.parse import urlsplit

import icalendar
import pytest
import time_machine
from django.utils import timezone

from portail.registrations.forms import started_token
from portail.registrations.models import Registration
from portail.registrations.services import cancel, register
from tests import builders
from tests.html import text_of

pytestmark = pytest.mark.django_db


def meeting(capacity=2):
    start = timezone.now() + datetime.timedelta(days=10)
    return builders.event(
        "Réunion du groupe-pays Mali", start=start, registration_enabled=True, capacity=capacity
    )


def person(n):
    return {"name": f"Personne {n}", "email": f"p{n}@example.org", "authority": "Ville de Lyon",
            "role": "Chargée de mission", "attendance": "sur-place"}  # fmt: skip


def fill(client, event, n):
    data = {**person(n), "consent": "on", "started": started_token(time.time() - 10)}
    return client.post(f"/inscriptions/evenement/{event.pk}/", data, follow=True)


def test_places_then_waiting_list_with_a_mail_each(client, mailbox):
    event = meeting(capacity=2)
    assert "S’inscrire" in text_of(client.get(event.url))
    for n in (1, 2, 3):
        response = fill(client, event, n)
    assert "liste d’attente (position 1)" in text_of(response)
    statuses = list(Registration.objects.values_list("status", flat=True))
    assert statuses == ["confirmee", "confirmee", "attente"]
    subjects = [" ".join(message["Subject"].split()) for message in mailbox.messages]
    assert subjects == ["Inscription confirmée : Réunion du groupe-pays Mali"] * 2 + [
        "Liste d’attente : Réunion du groupe-pays Mali"
    ]


def test_the_mail_carries_an_ics_that_parses_and_a_link_that_cancels(client, mailbox):
    event = meeting(capacity=1)
    fill(client, event, 1)
    fill(client, event, 2)
    confirmation = mailbox.messages[0]
    ics = next(
        part
        for part in confirmation.iter_attachments()
        if part.get_content_type() == "text/calendar"
    )
    vevent = icalendar.Calendar.from_ical(ics.get_content()).walk("VEVENT")[0]
    assert str(vevent["summary"]) == event.title
    assert vevent.decoded("dtstart") == timezone.localtime(event.start).replace(microsecond=0)
    plain = confirmation.get_body(("plain",)).get_content()
    link = re.search(r"https?://\S+/inscriptions/\S+/", plain).group(0)
    path = urlsplit(link).path
    assert "confirmée" in text_of(client.get(path))
    client.post(path)
    assert "annulée" in text_of(client.get(path))
    promoted = Registration.objects.get(email="p2@example.org")
    assert promoted.status == "confirmee"  # the first person waiting got the place...
    assert mailbox.messages[-1]["To"] == "p2@example.org"  # ...and was told
    assert "Inscription confirmée" in mailbox.messages[-1]["Subject"]


def test_a_forged_link_is_a_404_and_the_same_address_cannot_register_twice(client, mailbox):
    event = meeting()
    fill(client, event, 1)
    assert client.get("/inscriptions/abc:def/").status_code == 404
    response = fill(client, event, 1)
    assert "déjà inscrite" in text_of(response)
    assert Registration.objects.count() == 1


def test_waiting_list_is_first_come_first_served(mailbox):
    event = meeting(capacity=1)
    first = register(event, **person(1))
    register(event, **person(2))
    register(event, **person(3))
    promoted = cancel(first)
    assert promoted.email == "p2@example.org"
    assert Registration.objects.get(email="p3@example.org").status == "attente"
    assert cancel(first) is None  # cancelling twice frees nothing more


def test_no_form_for_a_past_or_cancelled_event(client):
    event = meeting()
    event.status = "cancelled"
    event.save_revision().publish()
    assert client.get(f"/inscriptions/evenement/{event.pk}/").status_code == 404


def test_the_link_of_a_registration_expires_a_month_after_its_event(client):
    event = meeting()
    response = fill(client, event, 1)
    status_path = response.redirect_chain[-1][0]
    assert client.get(status_path).status_code == 200
    assert "no-store" in client.get(status_path)["Cache-Control"]
    after = (event.end or event.start) + datetime.timedelta(days=31)
    with time_machine.travel(after, tick=False):
        assert client.get(status_path).status_code == 404


def test_a_registration_posted_without_its_form_or_at_once_is_refused(client, settings):
    settings.REGISTRATION_MIN_SECONDS = 3
    event = meeting()
    address = f"/inscriptions/evenement/{event.pk}/"
    without_form = client.post(address, {**person(1), "consent": "on"})
    assert "Ce formulaire a expiré" in text_of(without_form)
    at_once = client.post(address, {**person(2), "consent": "on", "started": started_token()})
    assert "Formulaire envoyé trop vite" in text_of(at_once)
    assert not Registration.objects.exists()
    # The form shown again carries a fresh moment: sent a few seconds later, it goes through.
    token = re.search(r'name="started" value="([^"]+)"', without_form.content.decode())[1]
    with time_machine.travel(time.time() + 5):
        response = client.post(address, {**person(1), "consent": "on", "started": token})
    assert response.status_code == 302 and Registration.objects.count() == 1


def test_a_full_event_says_so_before_the_form(client):
    event = meeting(capacity=1)
    page = text_of(client.get(f"/inscriptions/evenement/{event.pk}/"))
    assert "Encore 1 place" in page and "Complet" not in page
    fill(client, event, 1)
    page = text_of(client.get(f"/inscriptions/evenement/{event.pk}/"))
    assert "Complet : vous serez inscrit·e sur la liste d’attente" in page
    assert "S’inscrire sur la liste d’attente" in page


def test_mails_give_date_and_time_and_only_a_place_goes_to_the_calendar(client, mailbox):
    event = meeting(capacity=1)
    fill(client, event, 1)
    fill(client, event, 2)
    confirmed, waiting = mailbox.messages
    hour = timezone.localtime(event.start).strftime("%H h %M").lstrip("0")
    for message in (confirmed, waiting):
        assert hour in message.get_body(("plain",)).get_content()
    kinds = [part.get_content_type() for part in confirmed.iter_attachments()]
    assert "text/calendar" in kinds
    assert "text/calendar" not in [part.get_content_type() for part in waiting.iter_attachments()]
    assert "agenda" not in waiting.get_body(("plain",)).get_content()
