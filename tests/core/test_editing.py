"""What editors meet: the admin in French, scheduled publishing, revisions and preview."""

import datetime

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from portail.news.models import NewsPage
from tests import builders
from tests.html import text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser(
        email="redaction@exemple.fr", password="un mot de passe sûr"
    )
    client.force_login(user)
    return user


def test_admin_speaks_french_and_offers_the_news_form(client, editor):
    index = builders.news_index()
    response = client.get(f"/admin/pages/add/news/newspage/{index.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Documents à télécharger" in html
    assert "Le lieu ou le format : « en visioconférence », « au Sénat »..." in html
    assert "Enregistrer le brouillon" in html


def test_settings_are_editable_in_the_admin(client, editor):
    response = client.get("/admin/settings/core/sitesettings/")
    assert response.status_code in (200, 302)
    if response.status_code == 302:
        response = client.get(response["Location"])
    assert (
        "Image par défaut" in response.content.decode()
        or "image par défaut" in response.content.decode()
    )


def test_an_item_scheduled_for_tomorrow_appears_tomorrow_not_before(client):
    today = timezone.now()
    page = builders.news(title="Aujourd’hui en ligne")
    scheduled = NewsPage(title="Demain en ligne", slug="demain-en-ligne", live=False)
    builders.news_index().add_child(instance=scheduled)
    # What the admin's schedule dialog sets:
    scheduled.go_live_at = today + datetime.timedelta(days=1)
    scheduled.save_revision().publish()
    assert text_of(client.get("/actualites/"), ".cards").count("Demain en ligne") == 0
    assert client.get("/actualites/demain-en-ligne/").status_code == 404
    with time_machine.travel(today + datetime.timedelta(days=1, minutes=1)):
        call_command("publish_scheduled", verbosity=0)
        assert "Demain en ligne" in text_of(client.get("/actualites/"), ".cards")
        published = NewsPage.objects.get(slug="demain-en-ligne")
        assert published.publication_date == timezone.localdate()
    assert page.live


def test_every_publication_keeps_a_revision_that_can_be_viewed_again(client, editor):
    page = builders.news(title="Première version")
    first = page.latest_revision
    page.title = "Deuxième version"
    page.save_revision(user=editor).publish()
    assert page.revisions.count() == 2
    assert text_of(client.get(page.url), "h1") == "Deuxième version"
    old = client.get(f"/admin/pages/{page.pk}/revisions/{first.pk}/view/")
    assert old.status_code == 200
    assert text_of(old, "h1") == "Première version"
