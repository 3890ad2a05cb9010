"""Solidarity funds (`{"kind": "fund", "title", "crisis", "country", "opened", ...}` with the
projects they finance) and the members' contributions (`{"kind": "contribution", "fund",
"member", "amount", "date"}`, a line each, after the fund and the member)."""

from django.utils.text import slugify

from portail.funds.models import Contribution, FundedProject, FundStatus, SolidarityFundPage

from ..conversions import amount_text, country_of, member_by_reference, to_decimal
from ..fields import Amount, Blocks, Choice, Day, Field
from ..schema import LineError, to_date
from .base import CONTENT_FIELDS, PageKind, RecordKind, content_pages

FIELDS = (
    *CONTENT_FIELDS,
    Field("crisis"),
    Day("opening_date", "opened"),
    Day("closing_date", "closes"),
    Choice("status", FundStatus.choices),
    Amount("target_amount", "target"),
    Blocks("body"),
)


def fill(page, item, files):
    page.country = country_of(item)
    projects = item.get("projects", [])
    page.projects = [_project(project) for project in projects]
    return page.publication_date or page.opening_date


def _project(project):
    if not isinstance(project, dict) or not project.get("title"):
        raise LineError("each project needs a title")
    amount = project.get("amount")
    return FundedProject(
        title=project["title"],
        place=project.get("place", ""),
        amount=to_decimal(amount, "projects.amount") if amount not in (None, "") else None,
        description=project.get("description", ""),
    )


def dump(page, item, exporter):
    item["country"] = page.country.code
    projects = [
        _without_empty(
            {
                "title": project.title,
                "place": project.place,
                "amount": amount_text(project.amount) if project.amount is not None else None,
                "description": project.description,
            }
        )
        for project in page.projects.all()
    ]
    if projects:
        item["projects"] = projects


def _without_empty(values):
    return {key: value for key, value in values.items() if value not in (None, "")}


FUND = PageKind(
    model=SolidarityFundPage,
    required=("title", "crisis", "country", "opened"),
    fields=FIELDS,
    fill=fill,
    dump=dump,
    pages=content_pages(
        SolidarityFundPage, "opening_date", related=("country",), children=("projects",)
    ),
    section="funds",
    by_hand=frozenset(
        {
            "country",
            "projects.title",
            "projects.place",
            "projects.amount",
            "projects.description",
            # A line of their own each (below): contributions come and go while the fund lives.
            "contributions.member",
            "contributions.amount",
            "contributions.date",
        }
    ),
)


def _contribution_key(item):
    return (
        f"contribution:{slugify(str(item['fund']))}:{str(item['member']).replace(' ', '')}:"
        f"{item['date']}:{to_decimal(item['amount'], 'amount')}"
    )


def _upsert_contribution(item, files):
    fund = SolidarityFundPage.objects.filter(slug=slugify(str(item["fund"]))).first()
    if fund is None:
        raise LineError(f"unknown fund: {item['fund']!r} (import the fund first)")
    member = member_by_reference(item["member"])
    amount, date = to_decimal(item["amount"], "amount"), to_date(item["date"], "date")
    if amount <= 0:
        raise LineError("amount must be more than zero")
    existing = Contribution.objects.filter(fund=fund, member=member, date=date, amount=amount)
    if existing.exists():
        return existing.first()
    return Contribution.objects.create(
        fund=fund, member=member, amount=amount, date=date, sort_order=fund.contributions.count()
    )


def _export_contributions(exporter):
    for contribution in (
        Contribution.objects.filter(fund__live=True)
        .select_related("fund", "member")
        .order_by("fund__slug", "date", "member__siren", "amount")
    ):
        yield {
            "kind": "contribution",
            "fund": contribution.fund.slug,
            "member": contribution.member.siren,
            "amount": amount_text(contribution.amount),
            "date": contribution.date.isoformat(),
        }


CONTRIBUTION = RecordKind(
    required=("fund", "member", "amount", "date"),
    key=_contribution_key,
    upsert=_upsert_contribution,
    export=_export_contributions,
    carries={},
)
