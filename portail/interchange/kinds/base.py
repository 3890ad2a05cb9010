"""What a kind is, and what content pages share: date, lead, image, tags, contacts, documents."""

from collections.abc import Callable
from dataclasses import dataclass

from ..conversions import documents_of, set_contacts, set_tags
from ..fields import (
    PAGE_FIELDS,
    Day,
    Field,
    Picture,
    carried,
    document_line,
    dump_fields,
    load_fields,
)


def _nothing(*args):
    return None


@dataclass(frozen=True)
class PageKind:
    """A page type of the tree. `fields` are read and written alike; `fill` sets what they do
    not from a line (and returns the date the page was first published, if the line says),
    `dump` writes it back; `pages` lists the live pages to export in a stable order; `section`
    names the section they are published under. A content page (`tagged`) carries its tags
    and contacts, and, with a `documents` link model, its documents to download."""

    model: type
    required: tuple
    fields: tuple
    pages: Callable
    section: str
    fill: Callable = _nothing
    dump: Callable = _nothing
    by_hand: frozenset = frozenset()  # model fields fill and dump set
    tagged: bool = True
    documents: type | None = None
    # New pages are written a batch at a time, without Django's signals: a type whose
    # creation a signal completes (a country group gets its coordinators) is written alone.
    batched: bool = True

    def load(self, page, item, files):
        """Set `page` from `item`; returns the date of its first publication, if known."""
        load_fields(page, item, files, PAGE_FIELDS + self.fields)
        if self.tagged:
            set_tags(page, item)
            set_contacts(page, item)
        if self.documents:
            page.documents = documents_of(item, files, self.documents)
        published_on = self.fill(page, item, files)
        return published_on or getattr(page, "publication_date", None)

    def write(self, page, item, exporter):
        """Add `page`'s keys to `item`."""
        dump_fields(page, item, exporter, PAGE_FIELDS + self.fields)
        self.dump(page, item, exporter)
        if self.documents:
            _dump_documents(page, item, exporter)
        if self.tagged:
            _dump_tags(page, item)
        return item

    def covers(self):
        names = carried(PAGE_FIELDS + self.fields) | self.by_hand | {"slug"}
        names |= TAGS if self.tagged else set()
        names |= DOCUMENTS if self.documents else set()
        return {self.model: names}


@dataclass(frozen=True)
class RecordKind:
    """A row that is not a page (a member, a theme, the site's settings): `key` names it for
    the import records, `upsert` writes it, `export` yields its lines."""

    required: tuple
    key: Callable
    upsert: Callable
    export: Callable
    carries: dict  # model → the names of the fields its lines carry

    def covers(self):
        return self.carries


CONTENT_FIELDS = (Day("publication_date", "date"), Field("lead"), Picture("image"))
TAGS = frozenset({"countries", "themes", "organisations", "contacts"})
DOCUMENTS = frozenset({"documents.document", "documents.label"})


def _dump_tags(page, item):
    for key in ("countries", "themes", "organisations"):
        names = sorted(tag.name for tag in getattr(page, key).all())
        if names:
            item[key] = names
    people = sorted(page.contacts.all(), key=lambda contact: (contact.name, contact.email))
    if people:
        item["contacts"] = [
            {"name": contact.name, "role": contact.role, "email": contact.email}
            for contact in people
        ]


def _dump_documents(page, item, exporter):
    documents = []
    for link in page.documents.all():
        document = {"title": link.document.title, "path": exporter.file(link.document)}
        if link.label != link.document.title:
            document["label"] = link.label
        documents.append(document_line(link.document, document))
    if documents:
        item["documents"] = documents


def content_pages(model, *order, related=(), children=()):
    """The live pages of a content type with what their lines name, read in a few queries."""
    return lambda: (
        model.objects.live()
        .order_by(*order, "slug")
        .select_related("image__collection", *related)
        .prefetch_related("countries", "themes", "organisations", "contacts", *children)
    )
