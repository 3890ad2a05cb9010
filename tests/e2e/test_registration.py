"""Registering for a meeting in Chromium: the confirmation mail reaches a real SMTP server,
its link cancels, and the first person waiting gets the place."""

import datetime

import pytest
from django.utils import timezone

from portail.registrations.models import Registration
from portail.registrations.services import register
from tests import builders
from tests.e2e.registration_steps import cancel_from_the_mail_and_check_promotion

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_register_receive_the_mail_cancel_and_promote(live_server, page, mailbox):
    event = builders.event(
        "Réunion du groupe-pays Sénégal",
        start=timezone.now() + datetime.timedelta(days=15),
        registration_enabled=True,
        capacity=1,
    )
    page.goto(live_server.url + event.url)
    page.get_by_role("link", name="S’inscrire").click()
    page.get_by_label("Nom et prénom").fill("Awa Diop")
    page.get_by_label("Adresse électronique").fill("awa@example.org")
    page.get_by_label("Collectivité ou organisme").fill("Ville de Rennes")
    page.get_by_label("En ligne").check()
    page.get_by_label("J’accepte").check()
    page.get_by_role("button", name="S’inscrire").click()
    assert "votre inscription est confirmée" in page.get_by_role("status").inner_text()

    register(event, name="Paul Martin", email="paul@example.org", authority="Ville de Metz")
    assert Registration.objects.get(email="paul@example.org").status == "attente"

    cancel_from_the_mail_and_check_promotion(
        page, mailbox, "awa@example.org", "paul@example.org", live_server.url
    )
    assert page.console_errors == []
