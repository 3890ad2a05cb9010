"""The demo network as interchange lines: members, partnerships, country groups and their
meetings, funds and their contributions, calls and job offers; reproducible (seeded)."""

import datetime
import random

from django.utils.text import slugify
from stdnum import luhn

from portail.network.models import MemberKind, PartnershipStatus
from portail.taxonomy.models import Country

from . import content
from . import network_content as network

PARTNERSHIP_COUNT = 400
AMOUNTS = [1000, 2500, 5000, 10000, 20000, 50000]
SECTIONS = [
    (
        "country_groups",
        "Groupes-pays",
        "Les collectivités qui agissent dans un même pays s’y retrouvent pour échanger, se "
        "former et porter des projets communs.",
        True,
    ),
    (
        "members",
        "Annuaire des adhérents",
        "Les collectivités territoriales membres du réseau et leurs partenariats.",
        True,
    ),
    (
        "atlas",
        "Atlas des partenariats",
        "Où les collectivités françaises coopèrent-elles ? Le nombre de partenariats par pays.",
        False,
    ),
    (
        "funds",
        "Fonds de solidarité",
        "Après une catastrophe, les collectivités mettent en commun leurs moyens pour la "
        "reconstruction, aux côtés des collectivités touchées.",
        True,
    ),
    (
        "opportunities",
        "Appels à projets et offres d’emploi",
        "Financements ouverts aux collectivités et offres d’emploi du réseau.",
        True,
    ),
]


def demo_siren(number):
    """A SIREN with a valid check digit; local authorities' numbers start with 2."""
    body = f"2{number:07d}"
    return body + luhn.calc_check_digit(body)


def network_lines(files, today, events):
    """The network's lines; the country groups' meetings join `events`, and the meeting the
    demo member registered for takes registrations on the portal."""
    rng = random.Random(2026)
    for section, title, introduction, in_menu in SECTIONS:
        yield {
            "kind": "section",
            "section": section,
            "title": title,
            "introduction": introduction,
            "show_in_menus": in_menu,
        }
    members = list(_members())
    yield from members
    partnerships = list(_partnerships(members, rng))
    yield from partnerships
    names = dict(Country.objects.values_list("code", "name"))
    slugs = dict(Country.objects.values_list("code", "slug"))
    yield from _groups(members, names, slugs)
    events.extend(_meetings(today, events, names))
    _take_registrations(today, events, partnerships, names)
    yield from _funds(files, today, members, rng)
    yield from _opportunities(today)


def _members():
    rows = [
        *((name, MemberKind.REGION, region) for name, region in network.REGIONS),
        *((name, MemberKind.DEPARTMENT, region) for name, region in network.DEPARTMENTS),
        *(
            (name, MemberKind.INTERMUNICIPALITY, region)
            for name, region in network.INTERMUNICIPALITIES
        ),
        *((name, MemberKind.MUNICIPALITY, region) for name, region in network.MUNICIPALITIES),
    ]
    slugs = set()
    for number, (name, kind, region) in enumerate(rows, start=1):
        slug = slugify(name)
        slug = f"{slug}-{kind}" if slug in slugs else slug
        slugs.add(slug)
        yield {
            "kind": "member",
            "name": name,
            "type": kind,
            "region": region,
            "siren": demo_siren(number * 7919),
            "slug": slug,
            "website": f"https://www.{slug[:40]}.example",
        }


def _partnerships(members, rng):
    groups = network.COUNTRY_GROUPS
    themes = [name for name, _ in content.THEMES]
    seen, number, found = set(), 0, []
    while len(found) < PARTNERSHIP_COUNT:
        code, *_, partners = groups[number % len(groups)] if number < 200 else rng.choice(groups)
        member = members[(number * 37) % len(members)]
        authority = rng.choice(partners)
        number += 1
        if (member["siren"], authority) in seen:  # one partnership per pair of authorities
            continue
        seen.add((member["siren"], authority))
        found.append(
            {
                "kind": "partnership",
                "member": member["siren"],
                "authority": authority,
                "country": code,
                "since": rng.randint(1965, 2024),
                "status": PartnershipStatus.DORMANT
                if number % 7 == 0
                else PartnershipStatus.ACTIVE,
            }
        )
    for partnership in found:
        partnership["themes"] = rng.sample(themes, 2)
    return found


def _groups(members, names, slugs):
    for number, (code, president, office, contact, _partners) in enumerate(network.COUNTRY_GROUPS):
        name = names[code]
        staff, role, email, _ = content.CONTACTS[contact]
        yield {
            "kind": "country_group",
            "slug": f"groupe-pays-{slugs[code]}",
            "title": f"Groupe-pays {name}",
            "country": code,
            "president": {
                "name": president,
                "office": office,
                "authority": members[(number * 11) % len(members)]["siren"],
            },
            "contact": {"name": staff, "role": role, "email": email},
            "lead": f"Le groupe-pays {name} réunit les collectivités françaises engagées dans "
            f"la coopération avec leurs homologues : {name}.",
            "body": "<p>Le groupe se réunit deux à trois fois par an, à Paris et en "
            "visioconférence. Il suit l’actualité institutionnelle du pays, partage les "
            "expériences de ses membres et dialogue avec les ambassades et les bailleurs.</p>",
        }


def _coming(today, events):
    return [event for event in events if str(event["start"]) >= today.isoformat()]


def _meetings(today, events, names):
    """A meeting for every third group that has none coming."""
    has_meeting = {code for event in _coming(today, events) for code in event["countries"]}
    for number, (code, *_rest) in enumerate(network.COUNTRY_GROUPS):
        if code in has_meeting or number % 3:
            continue
        day = today + datetime.timedelta(days=10 + number * 3)
        title = f"Réunion du groupe-pays {names[code]}"
        yield {
            "kind": "event",
            "slug": slugify(title),
            "title": title,
            "start": f"{day.isoformat()}T14:00",
            "end": f"{day.isoformat()}T17:00",
            "location": "Cités Unies France, Paris",
            "online": True,
            "type": "country_group",
            "organiser": "CUF",
            "body": "<p>Ordre du jour : tour de table des projets, actualité du pays.</p>",
            "countries": [code],
        }


def _take_registrations(today, events, partnerships, names):
    """The next meeting of the first group (by name) with active partnerships, or else the
    next event, takes registrations on the portal: the demo member registered for it."""
    active = {line["country"] for line in partnerships if line["status"] == "active"}
    groups = sorted((f"Groupe-pays {names[code]}", code) for code, *_ in network.COUNTRY_GROUPS)
    code = next(code for _, code in groups if code in active)
    coming = sorted(_coming(today, events), key=lambda event: str(event["start"]))
    meeting = next((event for event in coming if code in event["countries"]), coming[0])
    meeting.update({"registration": True, "capacity": 30})


def _funds(files, today, members, rng):
    for title, crisis, code, months, is_open, target, projects in network.FUNDS:
        opened = today - datetime.timedelta(days=30 * months)
        slug = slugify(title)
        yield {
            "kind": "fund",
            "slug": slug,
            "title": title,
            "crisis": crisis,
            "country": code,
            "opened": opened.isoformat(),
            "closes": None if is_open else (opened + datetime.timedelta(days=365)).isoformat(),
            "status": "open" if is_open else "closed",
            "target": target,
            "date": opened.isoformat(),
            "lead": f"{crisis} : les collectivités françaises se mobilisent.",
            "body": "<p>Les contributions sont affectées à des projets choisis avec les "
            "collectivités partenaires, au plus près des besoins exprimés.</p>",
            "countries": [code],
            "themes": ["Crises et solidarité"],
            "projects": [
                {"title": name, "place": place, "amount": amount}
                for name, place, amount in projects
            ],
        }
        for member in rng.sample(members, 25):
            yield {
                "kind": "contribution",
                "fund": slug,
                "member": member["siren"],
                "amount": str(rng.choice(AMOUNTS)),
                "date": (opened + datetime.timedelta(days=rng.randint(1, 300))).isoformat(),
            }
        yield {
            "kind": "news",
            "title": f"{title} : point d’étape",
            "date": (today - datetime.timedelta(days=months)).isoformat(),
            "fund": slug,
            "body": "<p>Les premiers projets financés sont engagés ; les collectivités "
            "partenaires rendent compte de l’avancement.</p>",
            "countries": [code],
            "themes": ["Crises et solidarité"],
        }


def _opportunities(today):
    for title, funder, days, budget, countries, themes in network.CALLS:
        deadline = today + datetime.timedelta(days=days)
        yield {
            "kind": "call",
            "title": title,
            "funder": funder,
            "deadline": f"{deadline.isoformat()}T12:00",
            "budget": budget,
            "link": "https://www.example.org/appel-a-projets",
            "lead": "Un appel ouvert aux collectivités territoriales françaises et à leurs "
            "partenaires.",
            "body": "<p>Les projets portés en partenariat avec une collectivité étrangère sont "
            "éligibles ; le cofinancement ne dépasse pas la moitié du budget.</p>",
            "date": (deadline - datetime.timedelta(days=90)).isoformat(),
            "countries": countries,
            "themes": themes,
            "organisations": [funder],
        }
    for title, employer, contract, place, days, start, themes in network.JOBS:
        yield {
            "kind": "job",
            "title": title,
            "employer": employer,
            "contract": contract,
            "place": place,
            "deadline": (today + datetime.timedelta(days=days)).isoformat(),
            "start": (today + datetime.timedelta(days=start)).isoformat() if start else None,
            "date": (today + datetime.timedelta(days=days - 45)).isoformat(),
            "lead": f"{employer} recrute : {title.lower()}.",
            "body": "<p>Missions, profil recherché et modalités de candidature.</p>",
            "themes": themes,
        }
