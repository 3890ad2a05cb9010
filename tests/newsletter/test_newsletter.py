"""The newsletter: double opt-in, a digest of what is new, and a one-click unsubscribe in every
mail (RFC 8058) — mails read from a real SMTP server."""

import datetime
import re
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from portail.newsletter.models import Dispatch, Subscriber
from tests import builders
from tests.html import soup, text_of

pytestmark = pytest.mark.django_db


def path_of(url):
    return urlsplit(url).path


def subscribe(client, email, capture):
    with capture(execute=True):
        return client.post("/lettre/", {"email": email, "consent": "on"}, follow=True)


def confirmed(client, mailbox, email, capture):
    subscribe(client, email, capture)
    plain = mailbox.messages[-1].get_body(("plain",)).get_content()
    link = re.search(r"https?://\S+/lettre/confirmer/\S+/", plain).group(0)
    client.post(path_of(link))
    return Subscriber.objects.get(email=email)


@pytest.fixture
def content():
    builders.news("Assises de la coopération franco-sénégalaise")
    builders.event("Réunion du groupe Mali", start=timezone.now() + datetime.timedelta(days=9))
    builders.call("Appel à projets Jeunesse", deadline=timezone.now() + datetime.timedelta(days=30))


def test_double_opt_in_only_a_post_from_the_link_confirms(
    client, mailbox, django_capture_on_commit_callbacks
):
    response = subscribe(client, "awa@example.org", django_capture_on_commit_callbacks)
    assert "Un courriel vient d’être envoyé à awa@example.org" in text_of(response)
    subscriber = Subscriber.objects.get()
    assert subscriber.consent_at is not None and not subscriber.is_receiving
    (mail,) = mailbox.messages
    assert mail.get_body(("html",)) is not None
    link = path_of(
        re.search(
            r"https?://\S+/lettre/confirmer/\S+/", mail.get_body(("plain",)).get_content()
        ).group(0)
    )
    assert "Confirmer" in text_of(client.get(link))
    subscriber.refresh_from_db()
    assert not subscriber.is_receiving  # a mail scanner following the link confirms nothing
    client.post(link)
    subscriber.refresh_from_db()
    assert subscriber.is_receiving
    assert client.get("/lettre/confirmer/forged:token/").status_code == 404


def test_the_letter_gathers_news_events_calls_with_one_click_unsubscribe(
    client, mailbox, content, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    confirmed(client, mailbox, "awa@example.org", capture)
    subscribe(client, "pending@example.org", capture)  # never confirmed: receives nothing
    before = len(mailbox.messages)
    call_command("newsletter", "send")
    (letter,) = mailbox.messages[before:]
    assert letter["To"] == "awa@example.org"
    plain = letter.get_body(("plain",)).get_content()
    html = letter.get_body(("html",)).get_content()
    for title in (
        "Assises de la coopération",
        "Réunion du groupe Mali",
        "Appel à projets Jeunesse",
    ):
        assert title in plain and title in html
    assert letter["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    header = "".join(letter["List-Unsubscribe"].split())
    unsubscribe = re.fullmatch(r"<(https?://\S+)>", header).group(1)
    assert unsubscribe in plain
    # A mail program's one-click POST: no cookie, no CSRF token.
    robot = Client(enforce_csrf_checks=True)
    response = robot.post(
        path_of(unsubscribe),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert not Subscriber.objects.get(email="awa@example.org").is_receiving
    assert Dispatch.objects.get().recipients == 1


def test_the_next_letter_only_carries_news_published_since(client, mailbox, content):
    Subscriber.objects.create(
        email="a@example.org", consent_at=timezone.now(), confirmed_at=timezone.now()
    )
    call_command("newsletter", "send")
    builders.news("Fonds de solidarité Maroc")
    call_command("newsletter", "send")
    second = mailbox.messages[-1].get_body(("plain",)).get_content()
    assert "Fonds de solidarité Maroc" in second
    assert "Assises de la coopération" not in second


def test_nothing_to_say_sends_nothing(mailbox, capsys):
    Subscriber.objects.create(
        email="a@example.org", consent_at=timezone.now(), confirmed_at=timezone.now()
    )
    call_command("newsletter", "send")
    assert mailbox.messages == [] and Dispatch.objects.count() == 0
    assert "nothing sent" in capsys.readouterr().out


def test_staff_preview_the_next_letter_in_the_admin(client, django_user_model, content):
    assert client.get("/admin/lettre/apercu/").status_code == 302
    client.force_login(django_user_model.objects.create_superuser("e@example.org", "x"))
    response = client.get("/admin/lettre/apercu/")
    assert "Assises de la coopération franco-sénégalaise" in text_of(response)


def test_resubscribing_after_leaving_asks_again(
    client, mailbox, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    subscriber = confirmed(client, mailbox, "awa@example.org", capture)
    subscriber.unsubscribed_at = timezone.now()
    subscriber.save()
    subscribe(client, "awa@example.org", capture)
    subscriber.refresh_from_db()
    assert not subscriber.is_receiving
    assert len(mailbox.messages) == 2


def test_a_bad_address_is_refused_with_a_message(client):
    response = client.post("/lettre/", {"email": "pas-une-adresse", "consent": "on"})
    assert "Saisissez une adresse e-mail valide." in text_of(response)
    assert Subscriber.objects.count() == 0


def test_a_form_sent_again_and_again_mails_once(
    client, mailbox, django_capture_on_commit_callbacks
):
    for _ in range(5):
        subscribe(client, "cible@example.org", django_capture_on_commit_callbacks)
    assert len(mailbox.messages) == 1


def test_a_member_leaves_the_letter_from_their_space(client):
    user = builders.account("awa@example.org")
    Subscriber.objects.create(
        email="awa@example.org", consent_at=timezone.now(), confirmed_at=timezone.now()
    )
    client.force_login(user)
    form = soup(client.get("/compte/")).find("button", string="Me désabonner").find_parent("form")
    assert form["action"].startswith("/lettre/desabonnement/")
    client.post(form["action"])
    assert not Subscriber.objects.get().is_receiving
    assert "M’abonner à la lettre" in text_of(client.get("/compte/"))
