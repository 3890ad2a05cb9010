"""Solidarity funds: totals computed in Decimal, open or closed over time, open funds first."""

import datetime
from decimal import Decimal

import pytest
import time_machine
from django.utils import timezone

from portail.core.templatetags.portail_tags import french_date
from portail.funds.selectors import fund_totals, funds_listing, progress_percent
from tests import builders
from tests.html import soup, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def givers():
    builders.member_directory()
    return [builders.member(name) for name in ("Lyon", "Lille", "Nantes")]


def test_totals_are_exact_decimals_and_count_each_authority_once(givers):
    lyon, lille, nantes = givers
    fund = builders.fund(
        contributions=[
            (lyon, Decimal("0.10")),
            (lille, Decimal("0.20")),
            (lyon, Decimal("1000.05")),
            (nantes, Decimal("2500")),
        ]
    )
    total, authorities = fund_totals(fund)
    assert total == Decimal("3500.35")  # 0.1 + 0.2 in float would not be 0.3
    assert isinstance(total, Decimal)
    assert authorities == 3


def test_fund_without_contributions_totals_zero():
    fund = builders.fund()
    assert fund_totals(fund) == (Decimal("0"), 0)
    assert progress_percent(Decimal("0"), None) is None
    assert progress_percent(Decimal("1500"), Decimal("1000")) == 100


def test_fund_page_shows_totals_contributions_projects_and_updates(client, givers):
    from portail.funds.models import FundedProject

    lyon, lille, _ = givers
    fund = builders.fund(
        "Fonds Maroc",
        crisis="Séisme d’Al Haouz",
        target_amount=Decimal("100000"),
        contributions=[(lyon, Decimal("12500")), (lille, Decimal("2500.50"))],
    )
    FundedProject.objects.create(fund=fund, title="Reconstruction d’une école", amount=10000)
    builders.news("Fonds Maroc : point d’étape", fund=fund)
    builders.news("Autre nouvelle")
    response = client.get(fund.url)
    text = text_of(response, "main")
    assert "15 000,50 € collectés auprès de 2 collectivités" in text
    assert "sur un objectif de 100 000 €" in text
    assert soup(response).select_one("progress")["value"] == "15"
    assert "Reconstruction d’une école" in text
    assert "Fonds Maroc : point d’étape" in text and "Autre nouvelle" not in text
    rows = [text_of(row) for row in soup(response).select("main table tbody tr")]
    today = french_date(timezone.localdate())
    assert sorted(rows) == [f"Lille 2 500,50 € {today}", f"Lyon 12 500 € {today}"]


def test_a_fund_closes_by_itself_after_its_closing_date(client):
    closing = timezone.localdate() + datetime.timedelta(days=5)
    fund = builders.fund("Fonds Liban", closing_date=closing)
    assert "ouvert" in text_of(client.get(fund.url), ".article__surtitle")
    with time_machine.travel(closing + datetime.timedelta(days=1)):
        assert "clos" in text_of(client.get(fund.url), ".article__surtitle")
        assert not funds_listing()[0].open_now


def test_index_lists_open_funds_first_with_their_totals(client, givers):
    today = timezone.localdate()
    builders.fund("Ancien fonds clos", status="closed", opening_date=today)
    builders.fund(
        "Fonds ouvert",
        opening_date=today - datetime.timedelta(days=400),
        contributions=[(givers[0], Decimal("5000"))],
    )
    response = client.get("/fonds-de-solidarite/")
    titles = [a.get_text() for a in soup(response).select(".card__title a")]
    assert titles == ["Fonds ouvert", "Ancien fonds clos"]
    assert "5 000 € collectés auprès de 1 collectivité" in text_of(response)
