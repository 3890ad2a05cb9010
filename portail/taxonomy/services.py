"""Finding and creating tags from the names editors and imported files use."""

from django.utils.text import slugify

from .models import Country, Organisation, Theme

# Common spellings that differ from the CLDR French names beyond accents and spaces.
COUNTRY_ALIASES = {
    "vietnam": "VN",
    "etats-unis-d-amerique": "US",
    "usa": "US",
    "royaume-uni-de-grande-bretagne": "GB",
    "angleterre": "GB",
    "coree-du-sud": "KR",
    "republique-de-coree": "KR",
    "coree-du-nord": "KP",
    "russie-federation-de": "RU",
    "federation-de-russie": "RU",
    "rdc": "CD",
    "republique-democratique-du-congo": "CD",
    "congo-rdc": "CD",
    "palestine": "PS",
    "birmanie": "MM",
    "myanmar": "MM",
    "cote-divoire": "CI",
    "tchequie": "CZ",
    "republique-tcheque": "CZ",
}


def _key(name):
    return slugify(name.replace("’", "-").replace("'", "-"))


def country_find(name_or_code):
    """The country named by an ISO code ("VN"), its French name ("Viêt Nam") or a common
    variant ("Vietnam"); None when nothing matches."""
    text = (name_or_code or "").strip()
    if len(text) == 2 and text.isalpha():
        return Country.objects.filter(code=text.upper()).first()
    key = _key(text)
    code = COUNTRY_ALIASES.get(key) or COUNTRY_ALIASES.get(key.replace("-", ""))
    if code:
        return Country.objects.filter(code=code).first()
    squeezed = key.replace("-", "")
    for country in Country.objects.only("code", "name"):
        if _key(country.name).replace("-", "") == squeezed:
            return country
    return None


def theme_get_or_create(name, known=None):
    """The theme named `name` (case ignored), created when missing. `known`, a dict the
    caller keeps, remembers the themes found so that a long import asks once per name; a
    theme just created is not remembered, as the caller's transaction may still undo it."""
    return _tag_get_or_create(Theme, name, known)


def organisation_get_or_create(name, known=None):
    return _tag_get_or_create(Organisation, name, known)


def _tag_get_or_create(model, name, known):
    key = name.strip().casefold()
    if known is not None and key in known:
        return known[key]
    found = model.objects.filter(name__iexact=name.strip()).first()
    if found and known is not None:
        known[key] = found
    return found or model.objects.create(name=name.strip())
