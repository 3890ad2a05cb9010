"""A SPIP site as read from its database and its IMG/ folder: rubriques, articles, brèves,
agenda events, keywords, documents and addresses, held in memory (a large site is a few tens of
thousands of rows)."""

import datetime
from collections import defaultdict
from pathlib import Path

from .typography import Insertable

IMAGE_EXTENSIONS = {"jpg", "jpeg", "png", "gif", "webp"}
LOGO_EXTENSIONS = ("jpg", "png", "gif", "webp", "jpeg")
LOGO_PREFIXES = {"article": "art", "rubrique": "rub", "breve": "breve"}


def number(value):
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0


def moment(value):
    """A SPIP date ("2024-03-05 10:00:00", or a datetime from MySQL) as a datetime; None for
    SPIP's empty date "0000-00-00 00:00:00"."""
    if isinstance(value, datetime.datetime):
        return value
    if isinstance(value, datetime.date):
        return datetime.datetime.combine(value, datetime.time.min)
    text = str(value or "").strip()
    if not text or text.startswith("0000"):
        return None
    try:
        return datetime.datetime.fromisoformat(text.replace(" ", "T")[:19])
    except ValueError:
        return None


class SpipSite:
    def __init__(self, database, img_dir):
        self.img = Path(img_dir).resolve()
        self.rubriques = {number(row["id_rubrique"]): row for row in database.rows("rubriques")}
        self.articles = database.rows("articles", order="id_article")
        self.breves = database.rows("breves", order="id_breve")
        self.events = database.rows("evenements", order="id_evenement")
        self.groups = {number(row["id_groupe"]): row for row in database.rows("groupes_mots")}
        self.mots = {number(row["id_mot"]): row for row in database.rows("mots")}
        self.documents = {number(row["id_document"]): row for row in database.rows("documents")}
        self.has_agenda = database.has("evenements")
        self._mots_of = defaultdict(list)
        for row in database.rows("mots_liens", order="id_mot"):
            self._mots_of[(row["objet"], number(row["id_objet"]))].append(number(row["id_mot"]))
        self._documents_of = defaultdict(list)
        order = (
            "rang_lien, id_document"
            if "rang_lien" in _columns(database, "documents_liens")
            else "id_document"
        )
        for row in database.rows("documents_liens", order=order):
            self._documents_of[(row["objet"], number(row["id_objet"]))].append(
                (number(row["id_document"]), row.get("vu") == "oui", row.get("role") or "")
            )
        self._urls = defaultdict(list)  # (type, id) → URLs, the current one first
        rows = database.rows("urls")
        rows.sort(key=lambda row: str(row.get("date") or ""), reverse=True)
        for row in rows:
            self._urls[(row["type"], number(row["id_objet"]))].append(row["url"])
        self.article_titles = {number(row["id_article"]): row["titre"] for row in self.articles}
        self._files = {}

    # Addresses

    def urls(self, kind, ident):
        return self._urls.get((kind, ident), [])

    # Keywords and documents

    def mots_of(self, kind, ident):
        return [self.mots[mot] for mot in self._mots_of.get((kind, ident), []) if mot in self.mots]

    def documents_of(self, kind, ident):
        """(document row, seen in the text, role) of the documents linked to an object."""
        return [
            (self.documents[doc], seen, role)
            for doc, seen, role in self._documents_of.get((kind, ident), [])
            if doc in self.documents
        ]

    def file(self, fichier):
        """The path of a document's file relative to IMG/, or None when it is not there."""
        relative = str(fichier or "").removeprefix("IMG/").lstrip("/")
        if not relative or "://" in relative:
            return None
        if relative not in self._files:
            path = (self.img / relative).resolve()
            inside = self.img in path.parents
            self._files[relative] = relative if inside and path.is_file() else None
        return self._files[relative]

    def insertable(self, row):
        fichier = str(row.get("fichier") or "")
        remote = row.get("distant") == "oui" or "://" in fichier
        extension = str(row.get("extension") or Path(fichier).suffix.lstrip(".")).lower()
        return Insertable(
            id=number(row["id_document"]),
            title=(row.get("titre") or "").strip() or Path(fichier).name,
            is_image=extension in IMAGE_EXTENSIONS,
            path=None if remote else self.file(fichier),
            url=fichier if remote else "",
            description=row.get("descriptif") or "",
            credit=row.get("credits") or "",
        )

    def insertables(self):
        return {ident: self.insertable(row) for ident, row in self.documents.items()}

    def logo(self, kind, ident):
        """The object's logo: IMG/arton12.jpg (SPIP 3), or a document linked as its logo
        (SPIP 4)."""
        prefix = LOGO_PREFIXES.get(kind)
        for extension in LOGO_EXTENSIONS if prefix else ():
            found = self.file(f"{prefix}on{ident}.{extension}")
            if found:
                return found
        for row, _seen, role in self.documents_of(kind, ident):
            if role == "logo" or row.get("mode") == "logoon":
                return self.file(row.get("fichier"))
        return None


def _columns(database, table):
    return database.columns(table) if database.has(table) else set()
