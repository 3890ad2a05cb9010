"""The network's kinds in `portail import`: members, partnerships, groups, funds, calls, jobs."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from portail.funds.models import Contribution, SolidarityFundPage
from portail.network.models import CountryGroupPage, Member, Partnership
from portail.opportunities.models import CallForProjectsPage, JobOfferPage
from tests.interchange.test_import import run_import

pytestmark = pytest.mark.django_db

LYON = {
    "kind": "member",
    "name": "Lyon",
    "type": "commune",
    "region": "Auvergne-Rhône-Alpes",
    "siren": "213 105 554",
}
FUND = {
    "kind": "fund",
    "title": "Fonds Maroc",
    "crisis": "Séisme d’Al Haouz",
    "country": "Maroc",
    "opened": "2023-09-12",
    "target": "100000",
    "projects": [{"title": "Reconstruction d’une école", "amount": "25000.50"}],
}


def network_file(folder):
    return folder.write(
        LYON,
        {
            "kind": "partnership",
            "member": "213105554",
            "authority": "Hô Chi Minh-Ville",
            "country": "Vietnam",
            "since": 1997,
            "themes": ["Jumelages"],
        },
        {
            "kind": "country_group",
            "country": "SN",
            "president": {
                "name": "Awa Diallo",
                "office": "Vice-présidente",
                "authority": "213105554",
            },
            "contact": {"name": "Claire Martin", "email": "c@example.org"},
        },
        FUND,
        {
            "kind": "contribution",
            "fund": "fonds-maroc",
            "member": "213105554",
            "amount": "2500.10",
            "date": "2023-10-01",
        },
        {
            "kind": "contribution",
            "fund": "fonds-maroc",
            "member": "Lyon",
            "amount": 0.2,
            "date": "2023-11-01",
        },
        {
            "kind": "news",
            "title": "Fonds Maroc : point d’étape",
            "date": "2024-01-10",
            "fund": "fonds-maroc",
        },
        {
            "kind": "call",
            "title": "FICOL 2027",
            "deadline": "2027-03-15",
            "funder": "AFD",
            "budget": "1500000",
            "countries": ["SN"],
        },
        {
            "kind": "job",
            "title": "Stage communication",
            "employer": "Cités Unies France",
            "contract": "Stage",
            "place": "Paris",
            "deadline": "2027-01-31",
        },
    )


def test_network_kinds_import_with_their_links(folder):
    out, err, failed = run_import(network_file(folder))
    assert not failed, err
    assert "created: 9" in out
    lyon = Member.objects.get()
    assert (lyon.siren, lyon.kind, lyon.region) == ("213105554", "commune", "ara")
    partnership = Partnership.objects.get()
    assert partnership.country.code == "VN" and partnership.member == lyon
    assert [t.name for t in partnership.themes.all()] == ["Jumelages"]
    group = CountryGroupPage.objects.get()
    assert group.title == "Groupe-pays Sénégal" and group.president_authority == lyon
    fund = SolidarityFundPage.objects.get()
    assert fund.projects.get().amount == Decimal("25000.50")
    assert sorted(c.amount for c in Contribution.objects.all()) == [
        Decimal("0.20"),
        Decimal("2500.10"),
    ]
    assert fund.updates.get().title == "Fonds Maroc : point d’étape"
    call = CallForProjectsPage.objects.get()
    assert timezone.localtime(call.deadline).replace(tzinfo=None) == datetime.datetime(
        2027, 3, 15, 23, 59
    )
    assert call.funder.name == "AFD" and call.budget == Decimal("1500000")
    assert JobOfferPage.objects.get().contract == "stage"


def test_network_file_twice_changes_nothing(folder):
    path = network_file(folder)
    run_import(path)
    out, err, failed = run_import(path)
    assert not failed, err
    assert "unchanged: 9" in out
    assert Contribution.objects.count() == 2 and Partnership.objects.count() == 1


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ({**LYON, "siren": "213105555"}, "siren: « 213105555 » n’est pas un numéro SIREN valide"),
        (
            {**LYON, "type": "canton"},
            "type must be one of region, departement, intercommunalite, commune",
        ),
        (
            {"kind": "partnership", "member": "999", "authority": "Dakar", "country": "SN"},
            "unknown member in member: '999'",
        ),
        (
            {
                "kind": "contribution",
                "fund": "inconnu",
                "member": "213105554",
                "amount": "10",
                "date": "2024-01-01",
            },
            "unknown fund: 'inconnu'",
        ),
        ({**FUND, "target": "beaucoup"}, "bad amount in target: 'beaucoup'"),
        (
            {
                "kind": "job",
                "title": "Stage",
                "employer": "CUF",
                "contract": "Stage",
                "place": "Paris",
                "deadline": "31/01/2027",
            },
            "bad date in deadline",
        ),
    ],
)
def test_bad_network_lines_are_reported_and_the_rest_imports(folder, line, reason):
    path = folder.write(LYON, line, {"kind": "news", "title": "Après", "date": "2024-01-01"})
    out, err, failed = run_import(path)
    assert failed
    assert f"line 2: {reason}" in err
    assert Member.objects.count() == 1
    assert "created: 2" in out
