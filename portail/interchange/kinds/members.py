"""Members (`{"kind": "member", "name", "type", "region", "siren", ...}`) and their
partnerships abroad (`{"kind": "partnership", "member", "authority", "country", ...}`)."""

from django.core.exceptions import ValidationError
from django.utils.text import slugify

from portail.network.models import FrenchRegion, Member, MemberKind, Partnership, PartnershipStatus
from portail.network.validators import validate_siren
from portail.taxonomy.services import theme_get_or_create

from ..conversions import choice, country_of, member_by_reference
from ..fields import Field, Picture, dump_fields, load_fields
from ..schema import LineError
from .base import RecordKind

MEMBER_FIELDS = (Field("name"), Field("website"), Picture("logo"))


def _member_key(item):
    return f"member:{str(item['siren']).replace(' ', '')}"


def _upsert_member(item, files):
    siren = str(item["siren"]).replace(" ", "")
    try:
        validate_siren(siren)
    except ValidationError as error:
        raise LineError(f"siren: {error.messages[0]}") from error
    member = Member.objects.filter(siren=siren).first() or Member(siren=siren)
    load_fields(member, item, files, MEMBER_FIELDS)
    member.kind = choice(item["type"], MemberKind.choices, "type")
    member.region = choice(item["region"], FrenchRegion.choices, "region")
    member.slug = slugify(item.get("slug") or "")[:200] or member.slug or ""
    if (
        Member.objects.filter(slug=member.slug or slugify(member.name))
        .exclude(pk=member.pk)
        .exists()
    ):
        member.slug = f"{slugify(member.name)}-{siren}"
    member.save()
    return member


def _export_members(exporter):
    for member in Member.objects.select_related("logo__collection").order_by("siren"):
        item = {
            "kind": "member",
            "name": member.name,
            "type": member.kind,
            "region": member.region,
            "siren": member.siren,
            "slug": member.slug,
        }
        yield dump_fields(member, item, exporter, MEMBER_FIELDS)


MEMBER = RecordKind(
    required=("name", "type", "region", "siren"),
    key=_member_key,
    upsert=_upsert_member,
    export=_export_members,
    carries={Member: {"name", "kind", "region", "siren", "website", "logo", "slug"}},
)


def _partnership_key(item):
    return (
        f"partnership:{str(item['member']).replace(' ', '')}:"
        f"{slugify(str(item['country']))}:{slugify(item['authority'])}"
    )


def _upsert_partnership(item, files):
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


def _export_partnerships(exporter):
    for partnership in (
        Partnership.objects.select_related("member", "country")
        .prefetch_related("themes")
        .order_by("member__siren", "country__code", "foreign_authority")
    ):
        item = {
            "kind": "partnership",
            "member": partnership.member.siren,
            "authority": partnership.foreign_authority,
            "country": partnership.country.code,
            "status": partnership.status,
        }
        if partnership.since:
            item["since"] = partnership.since
        themes = sorted(theme.name for theme in partnership.themes.all())
        if themes:
            item["themes"] = themes
        if partnership.description:
            item["description"] = partnership.description
        yield item


PARTNERSHIP = RecordKind(
    required=("member", "authority", "country"),
    key=_partnership_key,
    upsert=_upsert_partnership,
    export=_export_partnerships,
    carries={
        Partnership: {
            "member",
            "foreign_authority",
            "country",
            "since",
            "status",
            "themes",
            "description",
        }
    },
)
