"""RGPD: a person downloads what the portal keeps about them, or erases it all; staff do the
same for a request received by mail."""

import datetime
import json

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command
from django.utils import timezone

from portail.discussions.models import Post
from portail.discussions.services import start_thread
from portail.newsletter.models import Subscriber
from portail.registrations.models import Registration
from portail.registrations.services import register
from tests import builders
from tests.html import text_of

pytestmark = pytest.mark.django_db

PASSWORD = "mot-de-passe-solide-42"


@pytest.fixture
def person(mailbox):
    mali = builders.country("ML")
    member = builders.member("Ville de Rennes")
    builders.partnership(member, mali)
    group = builders.country_group(mali)
    user = builders.account("awa@rennes.fr", member=member, consent_at=timezone.now())
    event = builders.event(
        "Réunion du groupe Mali", start=timezone.now() + datetime.timedelta(days=3),
        registration_enabled=True, capacity=1,
    )  # fmt: skip
    fields = {"authority": "Rennes", "role": "", "attendance": "sur-place"}
    register(event, name="Awa Diallo", email="awa@rennes.fr", **fields)
    register(event, name="Paul", email="paul@example.org", **fields)  # waiting
    Subscriber.objects.create(
        email="awa@rennes.fr", consent_at=timezone.now(), confirmed_at=timezone.now()
    )
    start_thread(group, user, "Mission à Kayes", "Qui part en mars ?")
    return user


def test_export_holds_account_registrations_subscription_and_messages(client, person):
    client.force_login(person)
    response = client.get("/compte/mes-donnees/")
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    assert data["compte"]["collectivite"] == "Ville de Rennes"
    assert data["compte"]["consentement_le"]
    assert [r["event__title"] for r in data["inscriptions"]] == ["Réunion du groupe Mali"]
    assert data["inscriptions"][0]["consent_at"]
    assert data["lettre_d_information"][0]["confirmed_at"]
    assert data["discussions"][0]["body"] == "Qui part en mars ?"
    assert "paul@example.org" not in response.content.decode()


def test_deletion_asks_the_password_then_erases_everything(
    client, person, django_user_model, settings
):
    settings.AXES_ENABLED = True
    client.post("/compte/connexion/", {"username": "awa@rennes.fr", "password": "faux"})
    assert AccessAttempt.objects.filter(username="awa@rennes.fr").exists()
    client.force_login(person)
    response = client.post("/compte/supprimer/", {"password": "faux"})
    assert "Ce mot de passe n’est pas le bon." in text_of(response)
    assert django_user_model.objects.filter(email="awa@rennes.fr").exists()
    response = client.post("/compte/supprimer/", {"password": PASSWORD}, follow=True)
    assert "Votre compte et vos données sont effacés." in text_of(response)
    assert not django_user_model.objects.filter(email="awa@rennes.fr").exists()
    assert not Registration.objects.filter(email="awa@rennes.fr").exists()
    assert not Subscriber.objects.filter(email="awa@rennes.fr").exists()
    assert not AccessAttempt.objects.filter(username="awa@rennes.fr").exists()
    # The place freed went to the person waiting; the message stays, signed by no one.
    assert Registration.objects.get(email="paul@example.org").status == "confirmee"
    post = Post.objects.get()
    assert post.author is None and post.body == "Qui part en mars ?"
    assert client.get("/compte/").status_code == 302


def test_staff_answer_a_request_by_mail_with_the_command(person, capsys, django_user_model):
    call_command("personal_data", "export", "AWA@rennes.fr")
    assert json.loads(capsys.readouterr().out)["compte"]["adresse"] == "awa@rennes.fr"
    call_command("personal_data", "erase", "paul@example.org")  # no account: a registrant
    assert "everything kept about paul@example.org" in capsys.readouterr().out
    assert not Registration.objects.filter(email="paul@example.org").exists()
    assert django_user_model.objects.filter(email="awa@rennes.fr").exists()
