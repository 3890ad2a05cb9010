"""Which portal section each rubrique's articles go to, and what each group of keywords gives.

The mapping file (TOML, docs/SPIP.md) names rubriques and groups by their SPIP number; a
rubrique not named takes its parent's choice, then the default guessed from its title."""

import tomllib
from dataclasses import dataclass, field

from portail.core.text import fold

RUBRIQUE_KINDS = ("news", "event", "resource", "call", "page", "skip")
GROUP_KINDS = ("countries", "themes", "organisations", "skip")

# Title words → kind, when the mapping file is silent (folded: no accents, lower case).
RUBRIQUE_GUESSES = (
    (("agenda", "evenement", "rendez-vous"), "event"),
    (("ressource", "publication", "documentation", "mediatheque"), "resource"),
    (("appel", "candidature"), "call"),
)
GROUP_GUESSES = (
    (("pays", "countr", "geograph", "zone"), "countries"),
    (("organisation", "partenaire", "bailleur", "institution", "reseau"), "organisations"),
)


class MappingError(Exception):
    pass


@dataclass
class Mapping:
    rubriques: dict = field(default_factory=dict)  # id → kind
    groups: dict = field(default_factory=dict)  # id → kind
    default: str | None = None  # for rubriques neither named nor guessed: news

    @classmethod
    def read(cls, path):
        try:
            with open(path, "rb") as handle:
                data = tomllib.load(handle)
        except (OSError, tomllib.TOMLDecodeError) as error:
            raise MappingError(f"cannot read the mapping file {path}: {error}") from error
        rubriques = dict(data.get("rubriques", {}))
        default = rubriques.pop("default", None)
        mapping = cls(
            rubriques=_numbered(rubriques, RUBRIQUE_KINDS, "rubriques"),
            groups=_numbered(data.get("groupes", {}), GROUP_KINDS, "groupes"),
            default=default,
        )
        if default is not None and default not in RUBRIQUE_KINDS:
            raise MappingError(f"rubriques.default must be one of {', '.join(RUBRIQUE_KINDS)}")
        return mapping

    def rubrique_kind(self, rubriques, number):
        """The kind of the articles of rubrique `number` (`rubriques`: id → row)."""
        seen = set()
        while number and number in rubriques and number not in seen:
            if number in self.rubriques:
                return self.rubriques[number]
            seen.add(number)
            number = int(rubriques[number].get("id_parent") or 0)
        return self.default or "news"

    def guessed_rubriques(self, rubriques):
        """The mapping with the top rubriques not named given a kind from their title."""
        for number, row in rubriques.items():
            if number not in self.rubriques and not int(row.get("id_parent") or 0):
                guess = _guess(row.get("titre", ""), RUBRIQUE_GUESSES)
                if guess:
                    self.rubriques[number] = guess

    def group_kind(self, number, title):
        return self.groups.get(number) or _guess(title, GROUP_GUESSES) or "themes"


def _guess(title, guesses):
    folded = fold(title or "")
    for words, kind in guesses:
        if any(word in folded for word in words):
            return kind
    return None


def _numbered(table, kinds, name):
    numbered = {}
    for key, kind in table.items():
        if not str(key).isdigit():
            raise MappingError(f"[{name}]: {key!r} is not a SPIP number")
        if kind not in kinds:
            raise MappingError(f"[{name}] {key}: {kind!r} is not one of {', '.join(kinds)}")
        numbered[int(key)] = kind
    return numbered
