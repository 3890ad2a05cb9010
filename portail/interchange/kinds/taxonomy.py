"""What pages are tagged with and who answers for them, described once: themes
(`{"kind": "theme", "name", "slug", "description"}`), organisations (`{"kind": "organisation",
"name", "full_name", "slug", "website"}`) and the staff's contacts (`{"kind": "contact", "name",
"role", "email", "phone"}`). Pages name them; a name no line describes is created bare."""

from django.utils.text import slugify

from portail.taxonomy.models import Organisation, StaffContact, Theme

from ..fields import Field, dump_fields, load_fields
from .base import RecordKind


def _tag_kind(model, kind, fields):
    def key(item):
        return f"{kind}:{slugify(item.get('slug') or item['name'])}"

    def upsert(item, files):
        slug = slugify(item.get("slug") or "")
        tag = (
            (model.objects.filter(slug=slug).first() if slug else None)
            or model.objects.filter(name__iexact=str(item["name"]).strip()).first()
            or model()
        )
        load_fields(tag, item, files, fields)
        tag.slug = slug or tag.slug
        tag.save()
        return tag

    def export(exporter):
        for tag in model.objects.order_by("slug"):
            yield dump_fields(
                tag, {"kind": kind, "name": tag.name, "slug": tag.slug}, exporter, fields[1:]
            )

    return RecordKind(
        required=("name",),
        key=key,
        upsert=upsert,
        export=export,
        carries={model: {"slug", *(name for field in fields for name in field.names)}},
    )


THEME = _tag_kind(Theme, "theme", (Field("name"), Field("description")))
ORGANISATION = _tag_kind(
    Organisation, "organisation", (Field("name"), Field("full_name"), Field("website"))
)

CONTACT_FIELDS = (Field("name"), Field("role"), Field("email"), Field("phone"))


def _contact_key(item):
    return f"contact:{item['name']}:{item.get('email', '')}"


def _upsert_contact(item, files):
    contact = (
        StaffContact.objects.filter(name=item["name"], email=item.get("email", "")).first()
        or StaffContact()
    )
    load_fields(contact, item, files, CONTACT_FIELDS)
    contact.save()
    return contact


def _export_contacts(exporter):
    for contact in StaffContact.objects.order_by("name", "email"):
        yield dump_fields(contact, {"kind": "contact"}, exporter, CONTACT_FIELDS)


CONTACT = RecordKind(
    required=("name",),
    key=_contact_key,
    upsert=_upsert_contact,
    export=_export_contacts,
    carries={StaffContact: {"name", "role", "email", "phone"}},
)
