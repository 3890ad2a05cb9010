"""The back office in French, without Wagtail's "un(e)", "ce(tte)", "sûr(e)", its English
"Status", nor the English names of what Wagtail creates (groups, root, workflow)."""

import re

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Collection, Page, Workflow

from tests import builders
from tests.html import soup

pytestmark = pytest.mark.django_db
ENGLISH_OR_CLUMSY = re.compile(
    r"\bStatus\b|\bSlug\b|\bRoot\b|Moderators|Editors|\(e\)|\(tte\)|\(elle\)"
)


def test_the_back_office_speaks_french(client, django_user_model):
    news = builders.news("Assises de la coopération")
    admin = django_user_model.objects.create_superuser("admin@example.org", "x")
    client.force_login(admin)
    parent = news.get_parent()
    for url in (
        "/admin/pages/",
        f"/admin/pages/{parent.pk}/",
        f"/admin/pages/{news.pk}/edit/",
        f"/admin/pages/add/news/newspage/{parent.pk}/",
        f"/admin/pages/{news.pk}/delete/",
        "/admin/documents/",
        "/admin/images/",
        "/admin/groups/",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        text = soup(response).get_text(" ")
        assert ENGLISH_OR_CLUMSY.findall(text) == [], url
    assert {"Modérateurs", "Rédacteurs"} <= set(Group.objects.values_list("name", flat=True))
    assert Page.objects.get(depth=1).title == Collection.objects.get(depth=1).name == "Racine"
    assert Workflow.objects.filter(name="Validation par les modérateurs").exists()
