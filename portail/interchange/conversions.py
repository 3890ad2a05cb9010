"""Conversions shared by every kind of the interchange: tags, contacts, documents, bodies,
amounts and choices, each way (line → page on import, page → line on export)."""

from decimal import Decimal, InvalidOperation

from portail.core.text import fold
from portail.network.models import Member
from portail.taxonomy.models import StaffContact
from portail.taxonomy.services import country_find, organisation_get_or_create, theme_get_or_create

from .schema import LineError


def country(name, _found={}):  # noqa: B006  (a cache of countries, which are never created here)
    key = str(name)
    if key not in _found:
        _found[key] = country_find(key)
    return _found[key]


# Tags found during an import, by folded name; forgotten at the start of each import.
_KNOWN_THEMES, _KNOWN_ORGANISATIONS = {}, {}


def forget_known_tags():
    _KNOWN_THEMES.clear()
    _KNOWN_ORGANISATIONS.clear()


def set_tags(page, item):
    countries = []
    for name in item.get("countries", []):
        found = country(name)
        if found is None:
            raise LineError(f"unknown country: {name!r}")
        countries.append(found)
    page.countries = countries
    page.themes = [theme_get_or_create(str(name), _KNOWN_THEMES) for name in item.get("themes", [])]
    page.organisations = [
        organisation_get_or_create(str(name), _KNOWN_ORGANISATIONS)
        for name in item.get("organisations", [])
    ]


def set_contacts(page, item):
    page.contacts = [
        staff_contact(contact, "each contact needs a name") for contact in item.get("contacts", [])
    ]


def staff_contact(contact, missing_name):
    """The staff contact a line names ({"name", "role", "email"}), created when new."""
    if not isinstance(contact, dict) or not contact.get("name"):
        raise LineError(missing_name)
    found = StaffContact.objects.filter(
        name=contact["name"], email=contact.get("email", "")
    ).first()
    return found or StaffContact.objects.create(
        name=contact["name"], role=contact.get("role", ""), email=contact.get("email", "")
    )


def documents_of(item, files, link_model):
    """The document links a line names: [{"path", "title", "label", "collection"}]; without a
    label, the title is shown."""
    links = []
    for document in item.get("documents", []):
        if not isinstance(document, dict) or not document.get("path"):
            raise LineError("each document needs a path")
        title = document.get("title") or document["path"].rsplit("/", 1)[-1]
        stored = files.document(
            document["path"],
            title,
            document.get("collection"),
            titled="title" in document,
            language=document.get("language"),
        )
        links.append(link_model(document=stored, label=document.get("label", title)))
    return links


def to_decimal(value, key):
    """An amount in euros from "2500.50" or 2500.5; never through a binary float's digits."""
    try:
        amount = Decimal(str(value).strip().replace(" ", "").replace(",", "."))
    except (InvalidOperation, ValueError):
        amount = None
    if amount is None or not amount.is_finite() or amount < 0:
        raise LineError(f"bad amount in {key}: {value!r}")
    return amount.quantize(Decimal("0.01"))


def amount_text(amount):
    """Amounts are written as strings with two decimals, exact on every database."""
    return f"{amount:.2f}"


def choice(value, choices, key):
    """The stored value of a choice given as its value or its label, accents ignored."""
    wanted = fold(str(value).strip())
    for stored, label in choices:
        if wanted in (fold(stored), fold(str(label))):
            return stored
    options = ", ".join(stored for stored, _ in choices)
    raise LineError(f"{key} must be one of {options}, not {value!r}")


def country_of(item, key="country"):
    found = country(item[key])
    if found is None:
        raise LineError(f"unknown country: {item[key]!r}")
    return found


def member_by_reference(reference, key="member"):
    """A member named by its SIREN (preferred: unique) or by its exact name."""
    text = str(reference).strip()
    compact = text.replace(" ", "")
    member = Member.objects.filter(siren=compact).first() if compact.isdigit() else None
    member = member or Member.objects.filter(name=text).first()
    if member is None:
        raise LineError(f"unknown member in {key}: {reference!r} (import members first)")
    return member
