"""The network's pages with the demo's network (203 members, 400 partnerships, 30 groups, 3 funds
with 25 contributions each, 10 calls, 5 offers): at most 12 queries each, however many."""

import pytest
from django.core.cache import cache
from django.utils import timezone

from portail.demo.builder import build_demo
from portail.funds.models import Contribution, SolidarityFundPage
from portail.network.models import CountryGroupPage, Member, Partnership
from portail.opportunities.models import CallForProjectsPage, JobOfferPage
from tests.test_query_budgets import _cold_count

pytestmark = pytest.mark.django_db
BUDGET = 12


@pytest.fixture(scope="module")
def network(module_db):
    build_demo(timezone.localdate())
    fund = SolidarityFundPage.objects.first()
    member = Member.objects.filter(contributions__isnull=False).first()
    return {
        "group": CountryGroupPage.objects.get(country__code="SN", locale__language_code="fr").url,
        "groups": "/groupes-pays/",
        "directory": "/membres/",
        "directory_last": "/membres/?page=5",
        "directory_search": "/membres/?q=saint&type=commune",
        "member": member.get_absolute_url(),
        "atlas": "/atlas/",
        "country": "/pays/sn/",
        "funds": "/fonds-de-solidarite/",
        "fund": fund.url,
        "opportunities": "/opportunites/?pays=sn",
        "call": CallForProjectsPage.objects.first().url,
        "job": JobOfferPage.objects.first().url,
    }


def test_demo_network_has_the_promised_size(network):
    assert CountryGroupPage.objects.live().count() >= 30
    assert Member.objects.count() >= 200
    assert Partnership.objects.count() >= 400
    assert SolidarityFundPage.objects.count() >= 3 and Contribution.objects.count() >= 3
    assert CallForProjectsPage.objects.count() >= 10
    assert JobOfferPage.objects.count() >= 5


@pytest.mark.parametrize(
    "name",
    [
        "group",
        "groups",
        "directory",
        "directory_last",
        "directory_search",
        "member",
        "atlas",
        "country",
        "funds",
        "fund",
        "opportunities",
        "call",
        "job",
    ],
)
def test_network_page_stays_within_budget(client, network, name, django_assert_max_num_queries):
    cache.clear()
    client.get(network[name])
    with django_assert_max_num_queries(BUDGET):
        response = client.get(network[name])
    assert response.status_code == 200


def test_first_request_does_not_grow_with_the_network(client, network):
    names = ("group", "groups", "directory", "member", "atlas", "country")

    def cold(name):
        return _cold_count(client, network[name])

    cold_large = {name: cold(name) for name in names}
    # Three quarters fewer partnerships, every page still showing some.
    ids = list(Partnership.objects.order_by("pk").values_list("pk", flat=True))
    member = network["member"].strip("/").rsplit("/", 1)[-1]
    Partnership.objects.filter(pk__in=[pk for n, pk in enumerate(ids) if n % 4]).exclude(
        member__slug=member
    ).delete()
    for name in names:
        assert cold(name) == cold_large[name], name
