"""The English catalogue translates every French string, and the compiled file matches it."""

import re
from pathlib import Path

from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

LOCALE = Path(__file__).resolve().parents[2] / "portail" / "locale" / "en" / "LC_MESSAGES"


def test_every_string_has_an_english_translation_and_the_mo_is_compiled():
    with open(LOCALE / "django.po", "rb") as po_file:
        catalogue = read_po(po_file)
    missing = [
        message.id
        for message in catalogue
        if message.id and (not message.string or message.fuzzy or not any(message.string))
    ]
    assert missing == [], f"{len(missing)} strings without English: {missing[:10]}"
    with open(LOCALE / "django.mo", "rb") as mo_file:
        compiled = {
            flat(message.id): flat(message.string) for message in read_mo(mo_file) if message.id
        }
    for message in catalogue:
        if message.id:
            assert compiled.get(flat(message.id)) == flat(message.string), message.id


def flat(value):
    """Plural messages come as lists from one reader and tuples from the other."""
    return tuple(value) if isinstance(value, list | tuple) else value


PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|\{\{\s*(\w+)")


def test_every_translation_names_the_placeholders_of_its_french_string():
    """A translation that shows "%(counter)s news item" for "Intercommunalité" is caught."""
    with open(LOCALE / "django.po", "rb") as po_file:
        catalogue = read_po(po_file)
    wrong = []
    for message in catalogue:
        if not message.id:
            continue
        french = set(PLACEHOLDER.findall(" ".join(flat_list(message.id))))
        for english in flat_list(message.string):
            if set(PLACEHOLDER.findall(english)) - french:
                wrong.append((message.id, english))
    assert wrong == []


def flat_list(value):
    return list(value) if isinstance(value, list | tuple) else [value]
