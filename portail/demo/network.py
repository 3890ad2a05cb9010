"""Builds the demo network: groups, members, partnerships, atlas, funds, calls and job offers."""

import datetime
import random
from decimal import Decimal

from django.utils import timezone
from django.utils.text import slugify
from stdnum import luhn

from portail.agenda.models import EventKind, EventPage
from portail.core.services import child_of_type, page_publish
from portail.core.text import fold
from portail.funds.models import (
    Contribution,
    FundedProject,
    SolidarityFundIndex,
    SolidarityFundPage,
)
from portail.network.models import (
    AtlasPage,
    CountryGroupIndex,
    CountryGroupPage,
    Member,
    MemberDirectory,
    MemberKind,
    Partnership,
    PartnershipStatus,
)
from portail.news.models import NewsPage
from portail.opportunities.models import CallForProjectsPage, JobOfferPage, Opportunities

from . import network_content as content

PARTNERSHIP_COUNT = 400


def build_network(home, agenda, news_index, today, tags):
    """Everything of the network issue, in French, reproducible (seeded)."""
    rng = random.Random(2026)
    members = _build_members()
    _build_partnerships(members, tags, rng)
    _build_groups(home, agenda, today, tags, members)
    child_of_type(
        home,
        MemberDirectory,
        title="Annuaire des adhérents",
        slug="membres",
        show_in_menus=True,
        introduction="Les collectivités territoriales membres du réseau et leurs partenariats.",
    )
    child_of_type(
        home,
        AtlasPage,
        title="Atlas des partenariats",
        slug="atlas",
        show_in_menus=False,
        introduction="Où les collectivités françaises coopèrent-elles ? Le nombre de partenariats par pays.",
    )
    _build_funds(home, news_index, today, tags, members, rng)
    _build_opportunities(home, today, tags)


def demo_siren(number):
    """A SIREN with a valid check digit; local authorities' numbers start with 2."""
    body = f"2{number:07d}"
    return body + luhn.calc_check_digit(body)


def _build_members():
    rows = [
        *((name, MemberKind.REGION, region) for name, region in content.REGIONS),
        *((name, MemberKind.DEPARTMENT, region) for name, region in content.DEPARTMENTS),
        *(
            (name, MemberKind.INTERMUNICIPALITY, region)
            for name, region in content.INTERMUNICIPALITIES
        ),
        *((name, MemberKind.MUNICIPALITY, region) for name, region in content.MUNICIPALITIES),
    ]
    slugs = set()
    members = []
    for number, (name, kind, region) in enumerate(rows, start=1):
        # bulk_create skips save(): fill in what it would have computed.
        slug = slugify(name)
        slug = f"{slug}-{kind}" if slug in slugs else slug
        slugs.add(slug)
        members.append(
            Member(
                name=name,
                slug=slug,
                sort_name=fold(name),
                kind=kind,
                region=region,
                siren=demo_siren(number * 7919),
                website=f"https://www.{slug[:40]}.example",
            )
        )
    return Member.objects.bulk_create(members)


def _build_partnerships(members, tags, rng):
    groups = content.COUNTRY_GROUPS
    themes = list(tags["themes"].values())
    partnerships, theme_links, seen = [], [], set()
    number = 0
    while len(partnerships) < PARTNERSHIP_COUNT:
        code, *_, partners = groups[number % len(groups)] if number < 200 else rng.choice(groups)
        member = members[(number * 37) % len(members)]
        authority = rng.choice(partners)
        number += 1
        if (member.pk, authority) in seen:  # one partnership per pair of authorities
            continue
        seen.add((member.pk, authority))
        partnerships.append(
            Partnership(
                member=member,
                foreign_authority=authority,
                country=tags["countries"][code],
                since=rng.randint(1965, 2024),
                status=PartnershipStatus.DORMANT if number % 7 == 0 else PartnershipStatus.ACTIVE,
            )
        )
    partnerships = Partnership.objects.bulk_create(partnerships)
    for partnership in partnerships:
        for theme in rng.sample(themes, 2):
            theme_links.append(
                Partnership.themes.through(partnership_id=partnership.pk, theme_id=theme.pk)
            )
    Partnership.themes.through.objects.bulk_create(theme_links)


def _build_groups(home, agenda, today, tags, members):
    index = child_of_type(
        home,
        CountryGroupIndex,
        title="Groupes-pays",
        slug="groupes-pays",
        show_in_menus=True,
        introduction="Les collectivités qui agissent dans un même pays s’y retrouvent pour "
        "échanger, se former et porter des projets communs.",
    )
    country_names = {code: country.name for code, country in tags["countries"].items()}
    has_meeting = set(
        EventPage.objects.filter(end__gte=timezone.now()).values_list("countries__code", flat=True)
    )
    for number, (code, president, office, contact, _partners) in enumerate(content.COUNTRY_GROUPS):
        name = country_names[code]
        page = CountryGroupPage(
            title=f"Groupe-pays {name}",
            slug=f"groupe-pays-{tags['countries'][code].slug}",
            country=tags["countries"][code],
            president_name=president,
            president_office=office,
            president_authority=members[(number * 11) % len(members)],
            contact=tags["contacts"][contact],
            lead=f"Le groupe-pays {name} réunit les collectivités françaises engagées "
            f"dans la coopération avec leurs homologues : {name}.",
            presentation=[
                (
                    "paragraph",
                    "<p>Le groupe se réunit deux à trois fois par an, à Paris et en visioconférence. "
                    "Il suit l’actualité institutionnelle du pays, partage les expériences de ses "
                    "membres et dialogue avec les ambassades et les bailleurs.</p>",
                )
            ],
        )
        page_publish(index, page)
        if code not in has_meeting and number % 3 == 0:
            start = timezone.make_aware(
                datetime.datetime.combine(
                    today + datetime.timedelta(days=10 + number * 3), datetime.time(14)
                )
            )
            meeting = EventPage(
                title=f"Réunion du groupe-pays {name}",
                start=start,
                end=start + datetime.timedelta(hours=3),
                location="Cités Unies France, Paris",
                online=True,
                kind=EventKind.COUNTRY_GROUP,
                organiser=tags["organisations"]["CUF"],
                body=[
                    (
                        "paragraph",
                        "<p>Ordre du jour : tour de table des projets, actualité du pays.</p>",
                    )
                ],
            )
            meeting.countries = [tags["countries"][code]]
            page_publish(agenda, meeting, published_at=today - datetime.timedelta(days=15))


def _build_funds(home, news_index, today, tags, members, rng):
    index = child_of_type(
        home,
        SolidarityFundIndex,
        title="Fonds de solidarité",
        slug="fonds-de-solidarite",
        show_in_menus=True,
        introduction="Après une catastrophe, les collectivités mettent en commun leurs moyens "
        "pour la reconstruction, aux côtés des collectivités touchées.",
    )
    for title, crisis, code, months, is_open, target, projects in content.FUNDS:
        opened = today - datetime.timedelta(days=30 * months)
        fund = SolidarityFundPage(
            title=title,
            crisis=crisis,
            country=tags["countries"][code],
            opening_date=opened,
            closing_date=None if is_open else opened + datetime.timedelta(days=365),
            status="open" if is_open else "closed",
            target_amount=Decimal(target),
            publication_date=opened,
            lead=f"{crisis} : les collectivités françaises se mobilisent.",
            body=[
                (
                    "paragraph",
                    "<p>Les contributions sont affectées à des projets choisis avec les "
                    "collectivités partenaires, au plus près des besoins exprimés.</p>",
                )
            ],
        )
        fund.countries = [tags["countries"][code]]
        fund.themes = [tags["themes"]["Crises et solidarité"]]
        givers = rng.sample(members, 25)
        fund.contributions = [
            Contribution(
                member=member,
                amount=Decimal(rng.choice([1000, 2500, 5000, 10000, 20000, 50000])),
                date=opened + datetime.timedelta(days=rng.randint(1, 300)),
            )
            for member in givers
        ]
        fund.projects = [
            FundedProject(title=name, place=place, amount=Decimal(amount))
            for name, place, amount in projects
        ]
        page_publish(index, fund, published_at=opened)
        update = NewsPage(
            title=f"{title} : point d’étape",
            publication_date=today - datetime.timedelta(days=months),
            fund=fund,
            body=[
                (
                    "paragraph",
                    "<p>Les premiers projets financés sont engagés ; les collectivités "
                    "partenaires rendent compte de l’avancement.</p>",
                )
            ],
        )
        update.countries = [tags["countries"][code]]
        update.themes = [tags["themes"]["Crises et solidarité"]]
        page_publish(news_index, update, published_at=update.publication_date)


def _build_opportunities(home, today, tags):
    listing = child_of_type(
        home,
        Opportunities,
        title="Appels à projets et offres d’emploi",
        slug="opportunites",
        show_in_menus=True,
        introduction="Financements ouverts aux collectivités et offres d’emploi du réseau.",
    )
    for title, funder, days, budget, countries, themes in content.CALLS:
        deadline = timezone.make_aware(
            datetime.datetime.combine(today + datetime.timedelta(days=days), datetime.time(12))
        )
        call = CallForProjectsPage(
            title=title,
            funder=tags["organisations"][funder],
            deadline=deadline,
            budget=Decimal(budget),
            link="https://www.example.org/appel-a-projets",
            lead="Un appel ouvert aux collectivités territoriales françaises et à leurs partenaires.",
            body=[
                (
                    "paragraph",
                    "<p>Les projets portés en partenariat avec une collectivité étrangère sont "
                    "éligibles ; le cofinancement ne dépasse pas la moitié du budget.</p>",
                )
            ],
        )
        call.countries = [tags["countries"][code] for code in countries]
        call.themes = [tags["themes"][name] for name in themes]
        call.organisations = [tags["organisations"][funder]]
        page_publish(listing, call, published_at=deadline - datetime.timedelta(days=90))
    for title, employer, contract, place, days, start, themes in content.JOBS:
        offer = JobOfferPage(
            title=title,
            employer=employer,
            contract=contract,
            place=place,
            deadline=today + datetime.timedelta(days=days),
            start_date=today + datetime.timedelta(days=start) if start else None,
            lead=f"{employer} recrute : {title.lower()}.",
            body=[("paragraph", "<p>Missions, profil recherché et modalités de candidature.</p>")],
        )
        offer.themes = [tags["themes"][name] for name in themes]
        page_publish(listing, offer, published_at=today + datetime.timedelta(days=days - 45))
