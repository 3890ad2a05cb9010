"""The members' side in Chromium: an anonymous visitor meets a members-only article; a member
logs in from it, reads it, registers for a meeting with a form filled from the account, gets
the mail at a real SMTP server, cancels with its link; the first person waiting is confirmed."""

import datetime

import pytest
from django.utils import timezone

from portail.registrations.models import Registration
from portail.registrations.services import register
from tests import builders
from tests.e2e.registration_steps import cancel_from_the_mail_and_check_promotion

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "Jumelage-Kayes-2026"


def test_member_logs_in_reads_registers_and_cancels(live_server, page, mailbox):
    member = builders.member("Ville de Rennes")
    builders.account(
        "awa@rennes.fr", member=member, password=PASSWORD, first_name="Awa", last_name="Diallo",
        job_title="Chargée de mission",
    )  # fmt: skip
    article = builders.members_only(
        builders.news("Relevé de décisions du bureau", body="<p>Le bureau adopte le budget.</p>")
    )
    event = builders.event(
        "Réunion du groupe-pays Mali",
        start=timezone.now() + datetime.timedelta(days=15),
        registration_enabled=True,
        capacity=1,
    )

    page.goto(live_server.url + article.url)
    assert page.get_by_text("Réservé aux adhérents", exact=True).is_visible()
    assert page.get_by_text("Le bureau adopte le budget.").count() == 0
    page.screenshot(path="/tmp/members-teaser.png", full_page=True)
    page.get_by_role("link", name="Se connecter").click()
    page.get_by_label("Adresse électronique").fill("awa@rennes.fr")
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    assert page.get_by_text("Le bureau adopte le budget.").is_visible()  # back on the article

    page.goto(live_server.url + event.url)
    page.get_by_role("link", name="S’inscrire").click()
    assert page.get_by_label("Nom et prénom").input_value() == "Awa Diallo"
    assert page.get_by_label("Collectivité ou organisme").input_value() == "Ville de Rennes"
    page.get_by_label("J’accepte").check()
    page.get_by_role("button", name="S’inscrire").click()
    assert "votre inscription est confirmée" in page.get_by_role("status").inner_text()

    register(event, name="Paul Martin", email="paul@example.org", authority="Ville de Metz")
    assert Registration.objects.get(email="paul@example.org").status == "attente"

    page.goto(live_server.url + "/compte/")
    mine = page.locator("main").get_by_role("region", name="Mes inscriptions")
    assert mine.get_by_role("link", name="Réunion du groupe-pays Mali").is_visible()
    page.screenshot(path="/tmp/members-space.png", full_page=True)

    cancel_from_the_mail_and_check_promotion(
        page, mailbox, "awa@rennes.fr", "paul@example.org", live_server.url
    )
    assert page.console_errors == []
