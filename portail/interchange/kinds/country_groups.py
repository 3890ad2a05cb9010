"""Country groups: `{"kind": "country_group", "country", ...}`; the title defaults to
"Groupe-pays <country>", the president's authority is a member's SIREN."""

from portail.network.models import CountryGroupPage

from ..conversions import country_of, member_by_reference, staff_contact
from ..fields import Blocks, Field
from ..schema import LineError
from .base import PageKind

FIELDS = (Field("lead"), Blocks("presentation", "body"))


def fill(page, item, files):
    country = country_of(item)
    page.country = country
    page.title = item.get("title") or f"Groupe-pays {country.name}"
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


def dump(page, item, exporter):
    item["country"] = page.country.code
    president = {
        key: value
        for key, value in (
            ("name", page.president_name),
            ("office", page.president_office),
            ("authority", page.president_authority.siren if page.president_authority else None),
        )
        if value
    }
    if president:
        item["president"] = president
    if page.contact:
        contact = page.contact
        item["contact"] = {"name": contact.name, "role": contact.role, "email": contact.email}


COUNTRY_GROUP = PageKind(
    model=CountryGroupPage,
    required=("country",),
    fields=FIELDS,
    fill=fill,
    dump=dump,
    pages=lambda: (
        CountryGroupPage.objects.live()
        .select_related("country", "president_authority", "contact")
        .order_by("country__code")
    ),
    section="country_groups",
    tagged=False,
    batched=False,
    by_hand=frozenset(
        {"country", "president_name", "president_office", "president_authority", "contact"}
    ),
)
