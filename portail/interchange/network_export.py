"""Interchange lines for the network's kinds, in an order that imports: members before what
names them, funds before their contributions and updates."""

from django.utils import timezone

from portail.funds.models import Contribution, SolidarityFundPage
from portail.network.models import CountryGroupPage, Member, Partnership
from portail.opportunities.models import CallForProjectsPage, JobOfferPage

from .conversions import amount_text, body_of


def network_items(exporter, tags):
    """Members, partnerships, country groups, funds and contributions (before the news that
    may name a fund); calls and job offers come last through `opportunity_items`."""
    for member in Member.objects.select_related("logo").order_by("siren"):
        yield _member(exporter, member)
    for partnership in (
        Partnership.objects.select_related("member", "country")
        .prefetch_related("themes")
        .order_by("member__siren", "country__code", "foreign_authority")
    ):
        yield _partnership(partnership)
    for group in (
        CountryGroupPage.objects.live()
        .select_related("country", "president_authority", "contact")
        .order_by("country__code")
    ):
        yield _country_group(exporter, group)
    for fund in (
        SolidarityFundPage.objects.live()
        .select_related("country", "image")
        .prefetch_related(*tags, "projects")
        .order_by("opening_date", "slug")
    ):
        yield _fund(exporter, fund)
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


def opportunity_items(exporter, tags):
    for call in (
        CallForProjectsPage.objects.live()
        .select_related("funder")
        .prefetch_related(*tags, "documents__document")
        .order_by("deadline", "slug")
    ):
        yield _call(exporter, call)
    for job in JobOfferPage.objects.live().prefetch_related(*tags).order_by("deadline", "slug"):
        yield _job(exporter, job)


def _set(item, **values):
    item.update({key: value for key, value in values.items() if value not in (None, "", [])})
    return item


def _member(exporter, member):
    item = {
        "kind": "member",
        "name": member.name,
        "type": member.kind,
        "region": member.region,
        "siren": member.siren,
        "slug": member.slug,
    }
    return _set(
        item,
        website=member.website,
        logo=exporter.file(member.logo) if member.logo else None,
    )


def _partnership(partnership):
    return _set(
        {
            "kind": "partnership",
            "member": partnership.member.siren,
            "authority": partnership.foreign_authority,
            "country": partnership.country.code,
            "status": partnership.status,
        },
        since=partnership.since,
        themes=sorted(theme.name for theme in partnership.themes.all()),
        description=partnership.description,
    )


def _country_group(exporter, group):
    item = {"kind": "country_group", "slug": group.slug, "title": group.title}
    item["country"] = group.country.code
    president = _set(
        {},
        name=group.president_name,
        office=group.president_office,
        authority=group.president_authority.siren if group.president_authority else None,
    )
    contact = group.contact
    _set(
        item,
        lead=group.lead,
        president=president,
        contact={"name": contact.name, "role": contact.role, "email": contact.email}
        if contact
        else None,
    )
    body_of(item, group.presentation)
    exporter.source_url(item, group)
    return item


def _fund(exporter, fund):
    item = {"kind": "fund", "slug": fund.slug, "title": fund.title, "crisis": fund.crisis}
    item["country"] = fund.country.code
    item["opened"] = fund.opening_date.isoformat()
    item["status"] = fund.status
    _set(
        item,
        closes=fund.closing_date.isoformat() if fund.closing_date else None,
        target=amount_text(fund.target_amount) if fund.target_amount is not None else None,
        lead=fund.lead,
        image=exporter.file(fund.image) if fund.image else None,
        projects=[
            _set(
                {"title": project.title},
                place=project.place,
                amount=amount_text(project.amount) if project.amount is not None else None,
                description=project.description,
            )
            for project in fund.projects.all()
        ],
    )
    body_of(item, fund.body)
    exporter.tags(item, fund)
    return item


def _call(exporter, call):
    item = {"kind": "call", "slug": call.slug, "title": call.title}
    item["deadline"] = (
        timezone.localtime(call.deadline).replace(tzinfo=None).isoformat(timespec="minutes")
    )
    _set(
        item,
        date=call.publication_date.isoformat() if call.publication_date else None,
        funder=call.funder.name if call.funder else None,
        budget=amount_text(call.budget) if call.budget is not None else None,
        link=call.link,
        lead=call.lead,
    )
    body_of(item, call.body)
    exporter.documents(item, call)
    exporter.tags(item, call)
    return item


def _job(exporter, job):
    item = {
        "kind": "job",
        "slug": job.slug,
        "title": job.title,
        "employer": job.employer,
        "contract": job.contract,
        "place": job.place,
        "deadline": job.deadline.isoformat(),
    }
    _set(
        item,
        date=job.publication_date.isoformat() if job.publication_date else None,
        start=job.start_date.isoformat() if job.start_date else None,
        link=job.link,
        lead=job.lead,
    )
    body_of(item, job.body)
    exporter.tags(item, job, contacts=False)
    return item
