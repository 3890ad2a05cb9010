"""The back office's dashboard and edit form lead editors where they look: shortcuts to add a
news item, an event or a resource, and a publication date that says it schedules nothing."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from tests import builders
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_superuser(email="redac@exemple.fr", password="x-42-y-42")
    client.force_login(user)
    return user


def test_the_dashboard_offers_to_add_a_news_item_an_event_and_a_resource(client, editor):
    news_index, agenda = builders.news_index(), builders.agenda()
    builders.resource_centre()
    page = soup(client.get("/admin/"))
    links = {link.get_text(strip=True): link["href"] for link in page.select(".w-panel a.button")}
    assert links["Ajouter une actualité"] == f"/admin/pages/add/news/newspage/{news_index.pk}/"
    assert links["Ajouter un événement"] == f"/admin/pages/add/agenda/eventpage/{agenda.pk}/"
    assert "Ajouter une ressource" in links
    assert client.get(links["Ajouter un événement"]).status_code == 200


def test_an_editor_without_the_right_to_add_sees_no_shortcut(client):
    builders.news_index()
    user = get_user_model().objects.create_user(email="lecteur@exemple.fr", password="x-42-y-42")
    user.groups.add(Group.objects.get_or_create(name="Sans droits")[0])
    user.user_permissions.add(*_access_admin())
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "Ajouter une actualité" not in response.content.decode()


def _access_admin():
    return Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )


def test_the_displayed_date_says_it_does_not_schedule_and_where_scheduling_is(client, editor):
    news = builders.news("Une actualité")
    text = soup(client.get(f"/admin/pages/{news.pk}/edit/")).get_text(" ")
    assert "Date affichée" in text
    assert "ne programme pas la mise en ligne" in text
    assert "Programmer" in text
