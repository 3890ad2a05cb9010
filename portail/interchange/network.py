"""The network's kinds in the interchange format: pages (country groups, funds, calls, job
offers) and records (members, partnerships, contributions)."""

from django.core.exceptions import ValidationError
from django.utils.text import slugify

from portail.funds.models import Contribution, FundedProject, FundStatus, SolidarityFundPage
from portail.network.models import FrenchRegion, Member, MemberKind, Partnership, PartnershipStatus
from portail.network.validators import validate_siren
from portail.opportunities.models import CallForProjectsDocument, Contract
from portail.taxonomy.services import organisation_get_or_create, theme_get_or_create

from .conversions import (
    body_blocks,
    choice,
    country_of,
    documents_of,
    member_by_reference,
    set_contacts,
    set_tags,
    staff_contact,
    to_decimal,
)
from .schema import LineError, to_date, to_moment

# Pages ---------------------------------------------------------------------------------------


def fill_country_group(page, item, files):
    country = country_of(item)
    page.country = country
    page.title = item.get("title") or f"Groupe-pays {country.name}"
    page.lead = item.get("lead", "")
    page.presentation = body_blocks(item)
    president = item.get("president") or {}
    if not isinstance(president, dict):
        raise LineError("president must be an object with name, office, authority")
    page.president_name = president.get("name", "")
    page.president_office = president.get("office", "")
    page.president_authority = (
        member_by_reference(president["authority"], "president.authority")
        if president.get("authority")
        else None
    )
    contact = item.get("contact")
    page.contact = staff_contact(contact, "contact needs a name") if contact else None
    return None


def fill_fund(page, item, files):
    page.title = item["title"]
    page.crisis = item["crisis"]
    page.country = country_of(item)
    page.opening_date = to_date(item["opened"], "opened")
    page.closing_date = to_date(item["closes"], "closes") if item.get("closes") else None
    page.status = choice(item.get("status", "open"), FundStatus.choices, "status")
    page.target_amount = to_decimal(item["target"], "target") if item.get("target") else None
    page.lead = item.get("lead", "")
    page.body = body_blocks(item)
    page.image = files.image(item["image"], item["title"]) if item.get("image") else None
    projects = item.get("projects", [])
    if not isinstance(projects, list):
        raise LineError("projects must be a list")
    rows = []
    for project in projects:
        if not isinstance(project, dict) or not project.get("title"):
            raise LineError("each project needs a title")
        rows.append(
            FundedProject(
                title=project["title"],
                place=project.get("place", ""),
                amount=to_decimal(project["amount"], "projects.amount")
                if project.get("amount") not in (None, "")
                else None,
                description=project.get("description", ""),
            )
        )
    page.projects = rows
    set_tags(page, item)
    return page.opening_date


def fill_call(page, item, files):
    page.title = item["title"]
    page.deadline, all_day = to_moment(item["deadline"], "deadline")
    if all_day:  # "until 15 March": the whole day counts
        page.deadline = page.deadline.replace(hour=23, minute=59)
    page.funder = organisation_get_or_create(str(item["funder"])) if item.get("funder") else None
    page.budget = to_decimal(item["budget"], "budget") if item.get("budget") else None
    page.link = item.get("link", "")
    page.lead = item.get("lead", "")
    page.body = body_blocks(item)
    page.publication_date = to_date(item["date"], "date") if item.get("date") else None
    set_tags(page, item)
    set_contacts(page, item)
    page.documents = documents_of(item, files, CallForProjectsDocument)
    return page.publication_date


def fill_job(page, item, files):
    page.title = item["title"]
    page.employer = item["employer"]
    page.contract = choice(item["contract"], Contract.choices, "contract")
    page.place = item["place"]
    page.deadline = to_date(item["deadline"], "deadline")
    page.start_date = to_date(item["start"], "start") if item.get("start") else None
    page.link = item.get("link", "")
    page.lead = item.get("lead", "")
    page.body = body_blocks(item)
    page.publication_date = to_date(item["date"], "date") if item.get("date") else None
    set_tags(page, item)
    return page.publication_date


# Records -------------------------------------------------------------------------------------


def member_key(item):
    return f"member:{str(item['siren']).replace(' ', '')}"


def upsert_member(item, files):
    siren = str(item["siren"]).replace(" ", "")
    try:
        validate_siren(siren)
    except ValidationError as error:
        raise LineError(f"siren: {error.messages[0]}") from error
    member = Member.objects.filter(siren=siren).first() or Member(siren=siren)
    member.name = item["name"]
    member.kind = choice(item["type"], MemberKind.choices, "type")
    member.region = choice(item["region"], FrenchRegion.choices, "region")
    member.website = item.get("website", "")
    member.slug = slugify(item.get("slug") or "")[:200] or member.slug or ""
    member.logo = files.image(item["logo"], item["name"]) if item.get("logo") else None
    if (
        Member.objects.filter(slug=member.slug or slugify(member.name))
        .exclude(pk=member.pk)
        .exists()
    ):
        member.slug = f"{slugify(member.name)}-{siren}"
    member.save()
    return member


def partnership_key(item):
    return (
        f"partnership:{str(item['member']).replace(' ', '')}:"
        f"{slugify(str(item['country']))}:{slugify(item['authority'])}"
    )


def upsert_partnership(item, files):
    member = member_by_reference(item["member"])
    country = country_of(item)
    partnership = Partnership.objects.filter(
        member=member, country=country, foreign_authority=item["authority"]
    ).first() or Partnership(member=member, country=country, foreign_authority=item["authority"])
    since = item.get("since")
    if since not in (None, "") and (not str(since).isdigit() or not 1945 <= int(since) <= 2100):
        raise LineError(f"since must be a year, not {since!r}")
    partnership.since = int(since) if since not in (None, "") else None
    partnership.status = choice(item.get("status", "active"), PartnershipStatus.choices, "status")
    partnership.description = item.get("description", "")
    partnership.save()
    partnership.themes.set([theme_get_or_create(str(name)) for name in item.get("themes", [])])
    return partnership


def contribution_key(item):
    return (
        f"contribution:{slugify(str(item['fund']))}:{str(item['member']).replace(' ', '')}:"
        f"{item['date']}:{to_decimal(item['amount'], 'amount')}"
    )


def upsert_contribution(item, files):
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


RECORD_KINDS = {
    "member": (member_key, upsert_member),
    "partnership": (partnership_key, upsert_partnership),
    "contribution": (contribution_key, upsert_contribution),
}
