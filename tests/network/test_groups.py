"""Country groups and the country page: meetings, news, resources and who cooperates there."""

import datetime

import pytest
from django.utils import timezone

from portail.taxonomy.models import StaffContact
from tests import builders
from tests.html import soup, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def senegal_group():
    senegal = builders.country("SN")
    builders.member_directory()
    lille = builders.member("Lille", region="hdf")
    builders.partnership(lille, senegal, "Saint-Louis", since=1978)
    dormant = builders.member("Dunkerque", region="hdf")
    builders.partnership(dormant, senegal, "Podor", status="dormant")
    builders.partnership(builders.member("Rennes"), builders.country("ML"), "Bamako")
    builders.event(
        "Réunion passée", start=timezone.now() - datetime.timedelta(days=3), countries=[senegal]
    )
    builders.event(
        "Réunion du groupe-pays Sénégal",
        start=timezone.now() + datetime.timedelta(days=12),
        countries=[senegal],
    )
    builders.event("Réunion du groupe-pays Mali", countries=[builders.country("ML")])
    builders.news("Dakar accueille les assises", countries=[senegal])
    builders.resource("Guide du jumelage avec le Sénégal", countries=[senegal])
    contact = StaffContact.objects.create(name="Claire Martin", email="c@example.org")
    return builders.country_group(
        senegal,
        president_name="Awa Diallo",
        president_office="Vice-présidente",
        president_authority=lille,
        contact=contact,
    )


def test_group_page_shows_what_the_group_does_by_itself(client, senegal_group):
    response = client.get(senegal_group.url)
    assert response.status_code == 200
    page = soup(response)
    assert "Awa Diallo , Vice-présidente, Lille" in text_of(page, ".country-group__president")
    meetings = text_of(page.select_one("#group-meetings").parent)
    assert "Réunion du groupe-pays Sénégal" in meetings
    assert "Réunion passée" not in meetings and "Mali" not in meetings
    assert "Dakar accueille les assises" in text_of(page.select_one("#group-news").parent)
    assert "Guide du jumelage" in text_of(page.select_one("#group-resources").parent)
    members = [a.get_text() for a in page.select("#group-members + ul a")]
    assert members == ["Lille"]  # Dunkerque's partnership is dormant
    assert "Claire Martin" in text_of(page, ".contacts")


def test_group_index_lists_groups_by_world_region(client, senegal_group):
    builders.country_group(builders.country("VN"))
    response = client.get("/groupes-pays/")
    headings = [h.get_text() for h in soup(response).select("main h2")]
    assert headings == ["Afrique", "Asie"]
    assert "Groupe-pays Sénégal 1 partenariat actif" in text_of(response)


def test_country_page_gathers_group_partnerships_and_calls(client, senegal_group):
    builders.call("Fonds franco-sénégalais", countries=[senegal_group.country])
    builders.call(
        "Appel clos",
        countries=[senegal_group.country],
        deadline=timezone.now() - datetime.timedelta(days=1),
    )
    response = client.get("/pays/sn/")
    page = soup(response)
    assert page.select_one(f'a[href="{senegal_group.url}"]') is not None
    assert "Afrique" in text_of(page, ".tag-page__region")
    calls = text_of(page.select_one("#tag-calls").parent)
    assert "Fonds franco-sénégalais" in calls and "Appel clos" not in calls
    table = text_of(page.select_one("#tag-partnerships").parent)
    assert "Lille Saint-Louis 1978 active" in table
    assert "Dunkerque Podor – en sommeil" in table
    assert "Rennes" not in table
