"""A member's account: asked for on the site, accepted by staff (or an invitation), a password
chosen from the mail's link, login by e-mail, "Mon espace"."""

import datetime
import re
from urllib.parse import urlsplit

import pytest
from django.utils import timezone
from wagtail.models import Site

from portail.accounts.models import AccountRequest
from portail.core.models import SiteSettings
from portail.registrations.services import register
from tests import builders
from tests.html import soup, text_of

pytestmark = pytest.mark.django_db

PASSWORD = "Jumelage-Kayes-2026"


def link_in(message, path_start):
    plain = message.get_body(("plain",)).get_content()
    url = re.search(rf"https?://\S+{path_start}\S*", plain).group(0)
    return urlsplit(url).path


def choose_password(client, path, **extra):
    form_page = client.get(path, follow=True)  # Django moves the token into the session
    return client.post(
        form_page.redirect_chain[-1][0] if form_page.redirect_chain else path,
        {"new_password1": PASSWORD, "new_password2": PASSWORD, **extra},
        follow=True,
    )


@pytest.fixture
def staff(client, django_user_model):
    user = django_user_model.objects.create_superuser("equipe@example.org", "x")
    return user


def test_request_accepted_by_staff_opens_the_account(
    client, staff, mailbox, django_capture_on_commit_callbacks
):
    member = builders.member("Ville de Rennes")
    response = client.post(
        "/compte/demande/",
        {
            "first_name": "Awa",
            "last_name": "Diallo",
            "email": "Awa.Diallo@Rennes.fr",
            "member": member.pk,
            "job_title": "Chargée des relations internationales",
            "consent": "on",
        },  # fmt: skip
        follow=True,
    )
    assert "L’équipe du réseau examine votre demande" in text_of(response)
    request = AccountRequest.objects.get()
    assert request.consent_at is not None
    assert mailbox.messages == []

    client.force_login(staff)
    edit = f"/admin/demandes-de-compte/edit/{request.pk}/"
    data = {"first_name": "Awa", "last_name": "Diallo", "email": "awa.diallo@rennes.fr",
            "member": member.pk, "job_title": request.job_title, "message": "",
            "status": "acceptee"}  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(edit, data).status_code == 302
    client.logout()

    (mail,) = mailbox.messages
    assert mail["To"] == "awa.diallo@rennes.fr"
    assert "Ville de Rennes" in mail.get_body(("plain",)).get_content()
    assert mail.get_body(("html",)) is not None
    assert "Mot de passe enregistré" in text_of(
        choose_password(client, link_in(mail, "/compte/mot-de-passe/"))
    )

    response = client.post(
        "/compte/connexion/",
        {"username": "awa.diallo@rennes.fr", "password": PASSWORD},
        follow=True,
    )
    space = text_of(response)
    assert "Mon espace" in space and "Ville de Rennes" in space
    assert client.get("/compte/").status_code == 200


def test_a_decided_request_cannot_be_decided_again(
    client, staff, mailbox, django_capture_on_commit_callbacks
):
    member = builders.member()
    request = AccountRequest.objects.create(
        first_name="A", last_name="B", email="ab@example.org", member=member, job_title="x"
    )
    client.force_login(staff)
    data = {"first_name": "A", "last_name": "B", "email": "ab@example.org", "member": member.pk,
            "job_title": "x", "message": "", "status": "refusee"}  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/demandes-de-compte/edit/{request.pk}/", data)
    assert "n’a pas été acceptée" in mailbox.messages[0].get_body(("plain",)).get_content()
    response = client.post(
        f"/admin/demandes-de-compte/edit/{request.pk}/", {**data, "status": "acceptee"}
    )
    assert "déjà décidée" in response.content.decode()
    assert len(mailbox.messages) == 1


def test_staff_invitation_opens_the_account_at_once(
    client, staff, mailbox, django_user_model, django_capture_on_commit_callbacks
):
    member = builders.member("Département du Finistère", kind="departement")
    client.force_login(staff)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/admin/demandes-de-compte/new/",
            {
                "first_name": "Yann",
                "last_name": "Le Gall",
                "email": "yann@finistere.fr",
                "member": member.pk,
                "job_title": "Directeur",
            },  # fmt: skip
        )
    assert response.status_code == 302
    user = django_user_model.objects.get(email="yann@finistere.fr")
    assert user.member == member and user.groups.filter(name="Adhérents").exists()
    assert not user.has_usable_password()
    assert AccountRequest.objects.get().invited_by == staff
    client.logout()
    link = link_in(mailbox.messages[0], "/compte/mot-de-passe/")
    # Invited, the person has not consented yet: choosing a password asks for it.
    assert "J’accepte" in text_of(choose_password(client, link))
    assert not client.login(email="yann@finistere.fr", password=PASSWORD)
    choose_password(client, link, consent="on")
    assert client.login(email="yann@finistere.fr", password=PASSWORD)
    user.refresh_from_db()
    assert user.consent_at is not None


def test_password_reset_reaches_invited_and_ordinary_accounts_alike(client, mailbox):
    user = builders.account("lea@example.org")
    client.post("/compte/mot-de-passe/", {"email": "LEA@example.org"})
    assert "Nouveau mot de passe" in mailbox.messages[0]["Subject"]
    response = choose_password(client, link_in(mailbox.messages[0], "/compte/mot-de-passe/"))
    assert "Mot de passe enregistré" in text_of(response)
    assert client.login(email=user.email, password=PASSWORD)
    # The link served once; a mangled one says so too.
    again = client.get(link_in(mailbox.messages[0], "/compte/mot-de-passe/"), follow=True)
    assert "n’est plus valable" in text_of(again)
    mangled = client.get("/compte/mot-de-passe/xx/yy/")
    assert mangled.status_code == 200 and "n’est plus valable" in text_of(mangled)


def test_unknown_address_and_wrong_password_say_nothing_more(client, mailbox):
    builders.account("lea@example.org")
    response = client.post("/compte/mot-de-passe/", {"email": "personne@example.org"}, follow=True)
    assert "Si cette adresse est celle d’un compte" in text_of(response)
    assert mailbox.messages == []
    response = client.post("/compte/connexion/", {"username": "lea@example.org", "password": "x"})
    assert response.status_code == 200
    assert "saisissez" in text_of(response).lower() or "incorrect" in text_of(response).lower()


def test_my_space_lists_registrations_groups_and_reserved_pages(client, mailbox):
    mali = builders.country("ML")
    member = builders.member("Ville de Rennes")
    builders.partnership(member, mali)
    group = builders.country_group(mali)
    user = builders.account("awa@rennes.fr", member=member)
    event = builders.event(
        "Réunion du groupe Mali", start=timezone.now() + datetime.timedelta(days=3),
        registration_enabled=True, capacity=10,
    )  # fmt: skip
    register(
        event,
        name="Awa",
        email="AWA@rennes.fr",
        authority="Rennes",
        role="",
        attendance="sur-place",
    )
    builders.members_only(builders.news("Note aux adhérents"))
    assert client.get("/compte/").status_code == 302
    client.force_login(user)
    page = soup(client.get("/compte/"))
    assert "Réunion du groupe Mali" in text_of(page, "#space-registrations + ul")
    assert group.title in page.get_text()
    assert page.find("a", href=f"/discussions/groupe/{group.pk}/") is not None
    assert "Note aux adhérents" in page.get_text()


def test_login_is_refused_to_no_one_by_case_and_logout_is_a_post(client):
    builders.account("Marc@Example.org".lower())
    assert client.login(email="marc@example.org", password="mot-de-passe-solide-42")
    confirm = client.get("/compte/deconnexion/")  # the header's link: a form to confirm
    assert soup(confirm).select_one("form[method=post] button") is not None
    assert client.get("/compte/").status_code == 200  # the link alone logged no one out
    client.post("/compte/deconnexion/")
    assert client.get("/compte/").status_code == 302
    assert client.get("/compte/deconnexion/").status_code == 302


def test_an_address_typed_with_capitals_logs_in_on_the_site_and_the_admin(client):
    builders.account("marc@example.org", password=PASSWORD, is_staff=True)
    typed = {"username": "Marc@Example.ORG", "password": PASSWORD}
    assert client.post("/compte/connexion/", typed).status_code == 302
    client.logout()
    assert client.post("/admin/login/", typed).status_code == 302


def test_changing_the_case_of_the_address_does_not_escape_the_lockout(client, settings):
    settings.AXES_ENABLED, settings.AXES_FAILURE_LIMIT = True, 2
    builders.account("lea@example.org", password=PASSWORD)
    for typed in ("lea@example.org", "LEA@example.org"):
        client.post("/compte/connexion/", {"username": typed, "password": "x"})
    right = {"username": "Lea@Example.org", "password": PASSWORD}
    assert client.post("/compte/connexion/", right).status_code == 429


def test_the_space_and_the_data_download_are_kept_by_no_cache(client):
    client.force_login(builders.account())
    for path in ("/compte/", "/compte/mes-donnees/"):
        assert "no-store" in client.get(path)["Cache-Control"], path


def test_an_account_request_message_has_a_maximum(client):
    member = builders.member("Ville de Rennes")
    response = client.post(
        "/compte/demande/",
        {
            "first_name": "Awa",
            "last_name": "Diop",
            "email": "awa@rennes.fr",
            "member": member.pk,
            "job_title": "Chargée",
            "message": "x" * 9_000_000,
            "consent": "on",
        },  # fmt: skip
    )
    assert response.status_code in (200, 400)
    assert not AccountRequest.objects.exists()


def test_the_members_pages_speak_english_under_en(client):
    assert "Log in to the members' area" in text_of(client.get("/en/compte/connexion/"))
    assert "Subscribe" in text_of(client.get("/en/lettre/"))


def test_staff_find_pending_requests_and_the_invite_button(client, staff):
    AccountRequest.objects.create(
        first_name="Awa", last_name="Diallo", email="awa@example.org",
        member=builders.member(), job_title="x",
    )  # fmt: skip
    client.force_login(staff)
    page = text_of(client.get("/admin/demandes-de-compte/?status=attente"))
    assert "Awa Diallo" in page and "Inviter une personne" in page


def test_the_network_is_told_that_a_request_waits(
    client, mailbox, django_capture_on_commit_callbacks
):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.contact_email = "equipe@cites-unies.example"
    settings.save()
    member = builders.member("Ville de Brest")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/compte/demande/",
            {
                "first_name": "Awa",
                "last_name": "Diallo",
                "email": "awa@brest.fr",
                "member": member.pk,
                "job_title": "Chargée de mission",
                "message": "Bonjour",
                "consent": "on",
            },  # fmt: skip
        )
    (mail,) = mailbox.messages
    assert mail["To"] == "equipe@cites-unies.example"
    assert "Awa Diallo (Ville de Brest)" in mail["Subject"]
    request = AccountRequest.objects.get()
    assert (
        f"/admin/demandes-de-compte/edit/{request.pk}/" in mail.get_body(("plain",)).get_content()
    )


def test_staff_set_a_persons_authority_in_wagtails_user_form(client, staff, django_user_model):
    member = builders.member("Ville de Quimper")
    user = builders.account("anne@example.org")
    client.force_login(staff)
    edit = f"/admin/users/edit/{user.pk}/"
    assert "Ville de Quimper" in client.get(edit).content.decode()  # the authority to choose
    response = client.post(
        edit,
        {
            "email": "anne@example.org",
            "first_name": "Anne",
            "last_name": "Le Bris",
            "member": member.pk,
            "job_title": "Directrice",
            "is_active": "on",
            "groups": [g.pk for g in user.groups.all()],
        },  # fmt: skip
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    user.refresh_from_db()
    assert (user.member, user.job_title) == (member, "Directrice")


def test_guessing_a_password_locks_that_address_out_for_a_while(client, settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    builders.account("lea@example.org", password=PASSWORD)
    for _ in range(2):
        response = client.post(
            "/compte/connexion/", {"username": "lea@example.org", "password": "x"}
        )
        assert response.status_code == 200
    response = client.post("/compte/connexion/", {"username": "lea@example.org", "password": "x"})
    assert response.status_code == 429
    assert "réessayez dans 15 minutes" in text_of(response)
    # Even the right password waits now; another address from the same client does not.
    right = {"username": "lea@example.org", "password": PASSWORD}
    assert client.post("/compte/connexion/", right).status_code == 429
    assert client.post("/admin/login/", right).status_code == 429  # the admin's door too
    builders.account("paul@example.org", password=PASSWORD)
    other = client.post(
        "/compte/connexion/", {"username": "paul@example.org", "password": PASSWORD}
    )
    assert other.status_code == 302


def test_behind_nginx_each_client_address_counts_apart(client, settings):
    settings.AXES_ENABLED, settings.AXES_FAILURE_LIMIT, settings.PROXY_COUNT = True, 2, 1
    builders.account("lea@example.org", password=PASSWORD)
    wrong = {"username": "lea@example.org", "password": "x"}
    for _ in range(2):
        client.post("/compte/connexion/", wrong, HTTP_X_FORWARDED_FOR="203.0.113.7")
    right = {"username": "lea@example.org", "password": PASSWORD}
    locked = client.post("/compte/connexion/", right, HTTP_X_FORWARDED_FOR="203.0.113.7")
    assert locked.status_code == 429
    # Léa at her office, another address: the attacker did not lock her out.
    assert (
        client.post("/compte/connexion/", right, HTTP_X_FORWARDED_FOR="198.51.100.2").status_code
        == 302
    )
