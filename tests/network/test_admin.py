"""Staff edit the network in Wagtail's admin: page forms, members and contributions."""

import pytest

from portail.network.models import Member
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


@pytest.mark.parametrize(
    ("parent", "model", "expected"),
    [
        ("groups", "network/countrygrouppage", "Présidence"),
        ("funds", "funds/solidarityfundpage", "Contributions"),
        ("opportunities", "opportunities/callforprojectspage", "Pays et thèmes éligibles"),
        ("opportunities", "opportunities/jobofferpage", "Date limite de candidature"),
    ],
)
def test_page_forms_open_in_french(client, editor, parent, model, expected):
    from portail.core.services import child_of_type
    from portail.funds.models import SolidarityFundIndex
    from portail.network.models import CountryGroupIndex

    parents = {
        "groups": lambda: child_of_type(builders.home(), CountryGroupIndex, title="Groupes-pays"),
        "funds": lambda: child_of_type(builders.home(), SolidarityFundIndex, title="Fonds"),
        "opportunities": builders.opportunities,
    }
    response = client.get(f"/admin/pages/add/{model}/{parents[parent]().pk}/")
    assert response.status_code == 200
    assert expected.lower() in response.content.decode().lower()


def test_member_with_a_bad_siren_is_refused_with_a_message_and_nothing_saved(client, editor):
    data = {"name": "Lyon", "kind": "commune", "region": "ara", "siren": "213105555"}
    response = client.post("/admin/snippets/network/member/add/", data)
    assert response.status_code == 200
    assert "n’est pas un numéro SIREN valide" in text_of(response)
    assert not Member.objects.exists()
    data["siren"] = "213 105 554"
    response = client.post("/admin/snippets/network/member/add/", data)
    assert response.status_code == 302
    assert Member.objects.get().siren == "213105554"
