"""Reads of the network: groups, members, partnerships and the atlas; each a fixed number of
queries whatever the number of members and partnerships."""

import functools
import json
from pathlib import Path

from django.core.paginator import Paginator
from django.db.models import Count, Q

from portail.agenda.selectors import upcoming_events
from portail.core.cache import cached
from portail.core.page_context import provides
from portail.core.pagination import paged_listing
from portail.core.text import fold
from portail.funds.selectors import contributions_of
from portail.images.selectors import THUMBNAIL, image_with_renditions
from portail.news.selectors import published_news
from portail.opportunities.selectors import open_calls
from portail.resources.selectors import published_resources
from portail.taxonomy.models import WorldRegion

from .forms import MemberFilterForm
from .models import (
    AtlasPage,
    CountryGroupIndex,
    CountryGroupPage,
    Member,
    MemberDirectory,
    Partnership,
    PartnershipStatus,
)

MEMBERS_PER_PAGE = 50
WORLD_MAP = Path(__file__).parent / "data" / "world.json"


def partnerships_in(country):
    """Partnerships with authorities of `country`, active first, by French authority."""
    return list(
        Partnership.objects.filter(country=country)
        .select_related("member")
        .order_by("status", "member__sort_name", "foreign_authority")
    )


def members_active_in(partnerships):
    """The distinct members among active `partnerships`, in directory order."""
    members = {p.member_id: p.member for p in partnerships if p.is_active}
    return sorted(members.values(), key=lambda member: member.sort_name)


@provides(CountryGroupPage)
def country_group_context(page, request):
    """What a country group's page shows besides its own fields."""
    country = page.country
    partnerships = partnerships_in(country)
    return {
        "country": country,
        "meetings": list(upcoming_events().filter(countries=country)[:5]),
        "news": list(published_news().filter(countries=country)[:5]),
        "resources": list(published_resources().filter(countries=country)[:5]),
        "partnerships": partnerships,
        "active_members": members_active_in(partnerships),
        "contacts": [page.contact] if page.contact_id else [],
    }


def country_groups_by_region(index):
    """[(region label, [group, ...]), ...] with each group's number of active partnerships."""
    groups = (
        CountryGroupPage.objects.child_of(index)
        .visible()
        .select_related("country")
        .order_by("country__name")
    )
    counts = dict(
        Partnership.objects.filter(status=PartnershipStatus.ACTIVE)
        .values_list("country_id")
        .annotate(total=Count("pk"))
    )
    by_region = {}
    for group in groups:
        group.partnership_count = counts.get(group.country_id, 0)
        by_region.setdefault(group.country.region, []).append(group)
    return [(label, by_region[code]) for code, label in WorldRegion.choices if code in by_region]


@provides(CountryGroupIndex)
def country_group_index_context(index, request):
    return {"regions": country_groups_by_region(index)}


@provides(MemberDirectory, "directory")
def member_directory_context(directory, request):
    """One page of the filtered directory, with the A–Z letters that have members."""
    form = MemberFilterForm(request.GET or None)
    members = form.filter(
        Member.objects.annotate(
            partnership_count=Count("partnerships", filter=Q(partnerships__status="active"))
        ).order_by("sort_name", "pk")
    )
    return {
        **paged_listing(request, form, Paginator(members, MEMBERS_PER_PAGE)),
        "letters": member_letters(),
        "current_letter": form.letter,
    }


def member_letters():
    """The initials that have at least one member, for the A–Z index."""

    def compute():
        initials = Member.objects.values_list("sort_name", flat=True)
        return sorted({name[:1].upper() for name in initials if name[:1].isalpha()})

    return cached("member-letters", compute)


@provides(MemberDirectory, "member")
def member_context(directory, request, slug):
    """A member with its partnerships and contributions, or None when no member has `slug`."""
    member = (
        Member.objects.filter(slug=slug)
        .prefetch_related(image_with_renditions(THUMBNAIL, field="logo"))
        .first()
    )
    if member is None:
        return None
    partnerships = list(
        member.partnerships.select_related("country")
        .prefetch_related("themes")
        .order_by("status", "country__name", "foreign_authority")
    )
    return {
        "member": member,
        "partnerships": partnerships,
        "contributions": contributions_of(member),
    }


@functools.cache
def world_map():
    """The country outlines shipped with the project (see scripts/build_world_map.py)."""
    return json.loads(WORLD_MAP.read_text())


def partnership_counts():
    """Per country: its partnerships, the active ones and the French authorities involved."""
    rows = (
        Partnership.objects.values("country__code", "country__name")
        .annotate(
            total=Count("pk"),
            active=Count("pk", filter=Q(status=PartnershipStatus.ACTIVE)),
            members=Count("member", distinct=True),
        )
        .order_by("country__name")
    )
    rows = sorted(rows, key=lambda row: fold(row["country__name"]))
    return [
        {
            "code": row["country__code"],
            "name": row["country__name"],
            "total": row["total"],
            "active": row["active"],
            "members": row["members"],
        }
        for row in rows
    ]


def shade(total, highest):
    """One of five shades, by share of the busiest country, for the map's fill."""
    if not total:
        return 0
    return min(5, 1 + (4 * total) // max(highest, 1))


@provides(AtlasPage)
def atlas_context(atlas, request):
    """The map's countries, each with its figures, and the same figures as a table."""

    def compute():
        counts = partnership_counts()
        by_code = {row["code"]: row for row in counts}
        highest = max((row["total"] for row in counts), default=0)
        world = world_map()
        shapes = [
            {
                "code": code,
                "path": path,
                **by_code.get(code, {}),
                "shade": shade(by_code.get(code, {}).get("total", 0), highest),
            }
            for code, path in world["countries"].items()
        ]
        return {
            "viewbox": world["viewbox"],
            "shapes": shapes,
            "counts": counts,
            "partnership_total": sum(row["total"] for row in counts),
            "unmapped": [row for row in counts if row["code"] not in world["countries"]],
        }

    return cached("atlas", compute)


def country_network_context(country):
    """What /pays/<code>/ adds about the network: the group, who cooperates there, open calls."""
    partnerships = partnerships_in(country)
    return {
        "country_group": CountryGroupPage.objects.visible().filter(country=country).first(),
        "partnerships": partnerships,
        "open_calls": list(open_calls().filter(countries=country)[:5]),
    }
