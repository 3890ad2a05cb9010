"""Country-group coordinators edit their group's pages and no other (Wagtail page permissions
on the group's subtree)."""

import pytest
from wagtail.models import Page

from portail.core.models import StandardPage
from portail.network.roles import coordinator_group
from tests import builders

pytestmark = pytest.mark.django_db


@pytest.fixture
def groups(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        mali = builders.country_group(builders.country("ML"))
        senegal = builders.country_group(builders.country("SN"))
    report = StandardPage(title="Compte rendu de la réunion de Bamako")
    mali.add_child(instance=report)
    return mali, senegal, report


def coordinator(django_user_model, group_page):
    user = django_user_model.objects.create_user("coord@example.org", "x")
    user.groups.add(coordinator_group(group_page))
    return user


def test_a_new_group_comes_with_its_coordinators_group(groups):
    mali, senegal, _ = groups
    from django.contrib.auth.models import Group

    assert Group.objects.filter(name=f"Coordination – {mali.title}").exists()
    assert Group.objects.filter(name=f"Coordination – {senegal.title}").exists()


def test_a_coordinator_edits_their_group_and_its_pages_not_another(
    client, django_user_model, groups
):
    mali, senegal, report = groups
    user = coordinator(django_user_model, mali)
    assert mali.permissions_for_user(user).can_edit()
    assert report.permissions_for_user(user).can_publish()
    assert not senegal.permissions_for_user(user).can_edit()
    assert not Page.objects.get(pk=senegal.get_parent().pk).permissions_for_user(user).can_edit()
    client.force_login(user)
    assert client.get(f"/admin/pages/{mali.pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{report.pk}/edit/").status_code == 200
    refused = client.get(f"/admin/pages/{senegal.pk}/edit/")
    assert refused.status_code in (302, 403)
    assert client.get(f"/admin/pages/add/core/standardpage/{senegal.pk}/").status_code in (302, 403)
    assert client.get(f"/admin/pages/add/core/standardpage/{mali.pk}/").status_code == 200


def test_the_english_version_of_a_group_is_coordinated_by_the_same_people(
    django_user_model, groups, django_capture_on_commit_callbacks
):
    from django.contrib.auth.models import Group
    from wagtail.models import Locale

    mali, _senegal, _report = groups
    before = set(Group.objects.values_list("name", flat=True))
    with django_capture_on_commit_callbacks(execute=True):
        english = mali.copy_for_translation(
            Locale.objects.get(language_code="en"), copy_parents=True
        )
        english.title = "Mali country group"
        english.save_revision().publish()
    assert set(Group.objects.values_list("name", flat=True)) == before
    user = coordinator(django_user_model, mali)
    assert english.permissions_for_user(user).can_publish()
