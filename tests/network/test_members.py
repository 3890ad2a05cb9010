"""Members: SIREN validation, the directory (search, filters, A–Z) and a member's page."""

import pytest
from django.core.exceptions import ValidationError

from portail.network.models import Member
from portail.network.validators import validate_siren
from tests import builders
from tests.html import soup, text_of

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("value", ["213105554", "213 105 554", "732829320"])
def test_valid_siren_numbers_pass(value):
    validate_siren(value)


@pytest.mark.parametrize("value", ["213105555", "12345678", "2131055540", "abcdefghi", ""])
def test_invalid_siren_numbers_are_refused_with_a_french_message(value):
    with pytest.raises(ValidationError, match="n’est pas un numéro SIREN valide"):
        validate_siren(value)


def test_member_form_reports_a_bad_siren_and_stores_the_number_compact():
    member = Member(name="Lyon", kind="commune", region="ara", siren="213 105 555")
    with pytest.raises(ValidationError) as error:
        member.full_clean()
    assert "siren" in error.value.message_dict
    member.siren = "213 105 554"
    member.full_clean()
    member.save()
    assert Member.objects.get().siren == "213105554"


@pytest.fixture
def directory():
    builders.member_directory()
    members = {
        "evry": builders.member("Évry-Courcouronnes", kind="commune", region="idf"),
        "lyon": builders.member("Lyon", kind="commune", region="ara"),
        "bretagne": builders.member("Bretagne", kind="region", region="bre"),
        "gironde": builders.member("Gironde", kind="departement", region="naq"),
    }
    builders.partnership(members["lyon"], builders.country("VN"), "Hô Chi Minh-Ville", since=1997)
    builders.partnership(
        members["lyon"], builders.country("SN"), "Saint-Louis", since=2004, status="dormant"
    )
    return members


def names(response):
    return [a.get_text(strip=True) for a in soup(response).select(".member-table tbody th a")]


def test_directory_lists_every_member_a_to_z_ignoring_accents(client, directory):
    assert names(client.get("/membres/")) == ["Bretagne", "Évry-Courcouronnes", "Gironde", "Lyon"]


def test_directory_search_ignores_case_and_accents(client, directory):
    assert names(client.get("/membres/?q=EVRY")) == ["Évry-Courcouronnes"]
    assert names(client.get("/membres/?q=courcour")) == ["Évry-Courcouronnes"]


def test_directory_filters_by_kind_region_and_letter(client, directory):
    assert names(client.get("/membres/?type=region")) == ["Bretagne"]
    assert names(client.get("/membres/?region=naq")) == ["Gironde"]
    response = client.get("/membres/?lettre=E")
    assert names(response) == ["Évry-Courcouronnes"]
    letters = [a.get_text(strip=True) for a in soup(response).select(".alphabet a")]
    assert letters == ["Tous", "B", "E", "G", "L"]
    assert soup(response).select_one(".alphabet a[aria-current]").get_text() == "E"


def test_directory_ignores_unknown_filter_values(client, directory):
    response = client.get("/membres/?type=galaxie&lettre=%C3%A9%C3%A9")
    assert response.status_code == 200
    assert len(names(response)) == 4
    assert "Valeur inconnue, filtre ignoré." in text_of(response)


def test_member_page_lists_its_partnerships(client, directory):
    response = client.get("/membres/lyon/")
    assert response.status_code == 200
    text = text_of(response, "main")
    assert "Lyon" in text and "Commune" in text and "Auvergne-Rhône-Alpes" in text
    rows = [text_of(row) for row in soup(response).select("main table tbody tr")]
    assert rows[0].startswith("Hô Chi Minh-Ville Viêt Nam") and "1997 active" in rows[0]
    assert rows[1].startswith("Saint-Louis Sénégal") and "2004 en sommeil" in rows[1]
    assert client.get("/membres/inconnue/").status_code == 404


def test_directory_shows_active_partnership_counts(client, directory):
    rows = {
        text_of(row).split(" ")[0]: text_of(row)
        for row in soup(client.get("/membres/")).select("tbody tr")
    }
    assert rows["Lyon"].endswith(" 1")
    assert rows["Bretagne"].endswith(" 0")
