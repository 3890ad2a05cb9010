"""Reads of solidarity funds: totals are summed by the database, in Decimal."""

from decimal import Decimal

from django.db.models import BooleanField, Case, Count, DecimalField, Q, Sum, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone

from portail.core.page_context import provides
from portail.news.selectors import published_news
from portail.taxonomy.selectors import page_tags

from .models import Contribution, FundStatus, SolidarityFundIndex, SolidarityFundPage

ZERO = Value(Decimal("0"), output_field=DecimalField(max_digits=14, decimal_places=2))


def published_funds():
    return SolidarityFundPage.objects.visible()


def with_totals(funds, today=None):
    """Funds annotated with `collected`, `contributor_count` and `open_now`."""
    today = today or timezone.localdate()
    open_now = Q(status=FundStatus.OPEN) & (
        Q(closing_date__isnull=True) | Q(closing_date__gte=today)
    )
    return funds.annotate(
        collected=Coalesce(Sum("contributions__amount"), ZERO),
        contributor_count=Count("contributions__member", distinct=True),
        open_now=Case(
            When(open_now, then=Value(True)), default=Value(False), output_field=BooleanField()
        ),
    )


def funds_listing(today=None):
    """Every published fund with its totals: open funds first, then the most recent."""
    return list(
        with_totals(published_funds(), today)
        .select_related("country")
        .order_by("-open_now", "-opening_date", "-pk")
    )


def open_funds(today=None):
    return [fund for fund in funds_listing(today) if fund.open_now]


def fund_totals(fund):
    """(total collected, number of contributing authorities) of one fund."""
    totals = fund.contributions.aggregate(
        total=Coalesce(Sum("amount"), ZERO), members=Count("member", distinct=True)
    )
    return totals["total"], totals["members"]


def progress_percent(total, target):
    """How much of the target is collected, 0–100, for the progress bar; None without a target."""
    if not target:
        return None
    return min(100, int(total * 100 / target))


@provides(SolidarityFundIndex)
def fund_index_context(index, request):
    return {"funds": funds_listing()}


@provides(SolidarityFundPage)
def fund_page_context(fund, request):
    total, members = fund_totals(fund)
    return {
        "collected": total,
        "contributor_count": members,
        "progress": progress_percent(total, fund.target_amount),
        "fund_open": fund.is_open(),
        "contributions": list(
            fund.contributions.select_related("member").order_by("-date", "member__sort_name")
        ),
        "projects": list(fund.projects.all()),
        "updates": list(published_news().filter(fund=fund)[:10]),
        "page_tags": page_tags(fund),
    }


def contributions_of(member):
    """A member's contributions to published funds, most recent first."""
    return list(
        Contribution.objects.filter(member=member, fund__in=published_funds())
        .select_related("fund")
        .order_by("-date")
    )
