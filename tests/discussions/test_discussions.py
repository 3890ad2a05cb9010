"""Country-group discussions: only the group's members and staff read them; staff hide a
message; followers are mailed new replies."""

import pytest

from portail.discussions.models import Post, Thread
from portail.network.models import Partnership, PartnershipStatus
from tests import builders
from tests.html import text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    mali, senegal = builders.country("ML"), builders.country("SN")
    rennes, dakar_friend = builders.member("Ville de Rennes"), builders.member("Ville de Lille")
    builders.partnership(rennes, mali)
    builders.partnership(dakar_friend, senegal)
    return {
        "group": builders.country_group(mali),
        "awa": builders.account("awa@rennes.fr", member=rennes, first_name="Awa"),
        "ines": builders.account("ines@rennes.fr", member=rennes, first_name="Inès"),
        "outsider": builders.account("marc@lille.fr", member=dakar_friend),
    }


def start(client, user, group, title="Mission à Kayes", body="Qui part en mars ?"):
    client.force_login(user)
    return client.post(
        f"/discussions/groupe/{group.pk}/", {"title": title, "body": body}, follow=True
    )


def test_members_of_the_group_start_and_reply_others_are_kept_out(client, world):
    group = world["group"]
    response = start(client, world["awa"], group)
    assert "Qui part en mars ?" in text_of(response)
    thread = Thread.objects.get()
    client.force_login(world["ines"])
    client.post(f"/discussions/sujet/{thread.pk}/", {"body": "Moi, avec deux élus."})
    assert "Moi, avec deux élus." in text_of(client.get(f"/discussions/sujet/{thread.pk}/"))
    client.force_login(world["outsider"])
    assert client.get(f"/discussions/groupe/{group.pk}/").status_code == 403
    assert client.get(f"/discussions/sujet/{thread.pk}/").status_code == 403
    assert client.post(f"/discussions/sujet/{thread.pk}/", {"body": "x"}).status_code == 403
    client.logout()
    response = client.get(f"/discussions/sujet/{thread.pk}/")
    assert response.status_code == 302 and response["Location"].startswith("/compte/connexion/")
    assert Post.objects.count() == 2


def test_followers_are_mailed_replies_but_not_their_own(
    client, world, mailbox, django_capture_on_commit_callbacks
):
    start(client, world["awa"], world["group"])
    thread = Thread.objects.get()
    client.force_login(world["ines"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/discussions/sujet/{thread.pk}/", {"body": "Moi, avec deux élus."})
    (mail,) = mailbox.messages
    assert mail["To"] == "awa@rennes.fr"
    assert "Mission à Kayes" in mail["Subject"]
    assert "Moi, avec deux élus." in mail.get_body(("plain",)).get_content()
    # Awa stops following: Inès's next reply reaches no one (Inès follows, but wrote it).
    client.force_login(world["awa"])
    client.post(f"/discussions/sujet/{thread.pk}/suivre/", {"follow": "0"})
    client.force_login(world["ines"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/discussions/sujet/{thread.pk}/", {"body": "Et un agent."})
    assert len(mailbox.messages) == 1


def test_a_follower_who_lost_access_is_mailed_nothing(
    client, world, mailbox, django_capture_on_commit_callbacks
):
    start(client, world["awa"], world["group"])
    thread = Thread.objects.get()
    Partnership.objects.filter(member__name="Ville de Rennes").update(
        status=PartnershipStatus.DORMANT
    )
    staff = builders.account("equipe@example.org", is_staff=True)
    client.force_login(staff)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/discussions/sujet/{thread.pk}/", {"body": "Réservé au groupe."})
    assert mailbox.messages == []  # Awa follows, but may no longer read the group
    Partnership.objects.update(status=PartnershipStatus.ACTIVE)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/discussions/sujet/{thread.pk}/", {"body": "De nouveau ouvert."})
    assert [mail["To"] for mail in mailbox.messages] == ["awa@rennes.fr"]


def test_staff_hide_a_message_that_members_no_longer_read(client, world, django_user_model):
    start(client, world["awa"], world["group"], body="Propos déplacés")
    post = Post.objects.get()
    assert (
        client.post(f"/discussions/message/{post.pk}/masquer/", {"hidden": "1"}).status_code == 403
    )
    staff = django_user_model.objects.create_user("equipe@example.org", "x", is_staff=True)
    client.force_login(staff)
    assert "Propos déplacés" in text_of(client.get(f"/discussions/sujet/{post.thread_id}/"))
    client.post(f"/discussions/message/{post.pk}/masquer/", {"hidden": "1"})
    client.force_login(world["ines"])
    page = text_of(client.get(f"/discussions/sujet/{post.thread_id}/"))
    assert "Propos déplacés" not in page
    assert "Message masqué par l’équipe du réseau." in page


def test_an_empty_message_is_refused_with_a_message(client, world):
    response = start(client, world["awa"], world["group"], title="", body="")
    assert "Ce champ est obligatoire." in text_of(response)
    assert Thread.objects.count() == 0


def test_a_line_break_in_a_thread_title_breaks_no_later_reply(
    client, world, mailbox, django_capture_on_commit_callbacks
):
    start(client, world["awa"], world["group"], title="Mission\r\nà Kayes")
    thread = Thread.objects.get()
    client.force_login(world["ines"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/discussions/sujet/{thread.pk}/", {"body": "Moi aussi."})
    assert response.status_code == 302
    assert [mail["Subject"] for mail in mailbox.messages] == ["Nouvelle réponse : Mission à Kayes"]
