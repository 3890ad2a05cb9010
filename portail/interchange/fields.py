"""One model field ↔ one key of a line. A kind lists its fields once; import and export both
read that list, and so does the test that every editable field is carried."""

from django.utils import timezone

from portail.taxonomy.services import organisation_get_or_create

from .conversions import amount_text, choice, to_decimal
from .pictures import dump_picture, load_picture
from .schema import LineError, to_date, to_moment
from .streams import dump_stream, load_stream
from .text import body_html, sanitise_html


class Field:
    """A key read as is (text). `key` defaults to the model field's name; a value equal to the
    field's default is left out of the line unless `always` (a key the kind requires)."""

    def __init__(self, attr, key=None, always=False):
        self.attr, self.key, self.always = attr, key or attr, always

    @property
    def names(self):
        return (self.attr,)

    def load(self, obj, item, files):
        value = item.get(self.key)
        if value in (None, ""):
            setattr(obj, self.attr, obj._meta.get_field(self.attr).get_default())
        else:
            setattr(obj, self.attr, self.read(value, files))

    def dump(self, obj, item, exporter):
        value = getattr(obj, self.attr)
        default = obj._meta.get_field(self.attr).get_default()
        if value not in (None, "") and (self.always or value != default):
            item[self.key] = self.write(value, exporter)

    def read(self, value, files):
        if not isinstance(value, str):
            raise LineError(f"{self.key} must be text, not {value!r}")
        return value

    def write(self, value, exporter):
        return value


class Flag(Field):
    def read(self, value, files):
        if not isinstance(value, bool):
            raise LineError(f"{self.key} must be true or false, not {value!r}")
        return value


class Whole(Field):
    def read(self, value, files):
        if isinstance(value, bool) or not str(value).isdigit():
            raise LineError(f"{self.key} must be a whole number, not {value!r}")
        return int(value)


class Day(Field):
    def read(self, value, files):
        return to_date(value, self.key)

    def write(self, value, exporter):
        return value.isoformat()


class Moment(Field):
    """A date and time, written in Paris time without offset (naive means Paris on import)."""

    def read(self, value, files):
        return to_moment(value, self.key)[0]

    def write(self, value, exporter):
        return timezone.localtime(value).replace(tzinfo=None).isoformat(timespec="minutes")


class Amount(Field):
    def read(self, value, files):
        return to_decimal(value, self.key)

    def write(self, value, exporter):
        return amount_text(value)


class Choice(Field):
    """A choice given by its stored value or its label, accents and case ignored."""

    def __init__(self, attr, choices, key=None, always=False):
        super().__init__(attr, key, always)
        self.choices = choices

    def read(self, value, files):
        return choice(value, self.choices, self.key)


class RichText(Field):
    """A rich text field: sanitised HTML, or plain text whose blank lines make paragraphs."""

    def read(self, value, files):
        return body_html(super().read(value, files))

    def write(self, value, exporter):
        return sanitise_html(value)


class Blocks(Field):
    """A body (StreamField): HTML when it is only text, else a list of blocks."""

    def load(self, obj, item, files):
        setattr(obj, self.attr, load_stream(item.get(self.key), self.key, files))

    def dump(self, obj, item, exporter):
        value = dump_stream(getattr(obj, self.attr), exporter)
        if value:
            item[self.key] = value


class Picture(Field):
    """An image: its path, or {"path", "title", "alt", "caption", "credit"}."""

    def load(self, obj, item, files):
        value = item.get(self.key)
        title = item.get("title") or item.get("name") or ""
        setattr(obj, self.attr, load_picture(value, self.key, files, title) if value else None)

    def write(self, value, exporter):
        return dump_picture(value, exporter)


class File(Field):
    """A document (a sound, a video file): its path, or {"path", "title", "collection"}."""

    def read(self, value, files):
        if not isinstance(value, dict):
            value = {"path": value}
        path, title = value.get("path"), value.get("title")
        name = str(path).rsplit("/", 1)[-1]
        return files.document(
            path,
            title or name,
            value.get("collection"),
            titled=bool(title),
            language=value.get("language"),
        )

    def write(self, value, exporter):
        return document_line(value, {"path": exporter.file(value), "title": value.title})


def document_line(document, line):
    """`line` with what a document says besides its title and file, when it says it."""
    if document.collection.depth > 1:
        line["collection"] = document.collection.name
    if document.language != document._meta.get_field("language").get_default():
        line["language"] = document.language
    return line


class OrganisationName(Field):
    """An organisation named by its short name ("AFD"), created when new."""

    def read(self, value, files):
        return organisation_get_or_create(str(value))

    def write(self, value, exporter):
        return value.name


# What every page carries besides its kind's own fields. Scheduling (go_live_at) and the first
# publication are the moment of the import; the page's place in the tree is its kind's.
PAGE_FIELDS = (
    Field("title"),
    Field("seo_title"),
    Field("search_description"),
    Flag("show_in_menus"),
    Moment("expire_at", "expires"),
)


def load_fields(obj, item, files, fields):
    for field in fields:
        field.load(obj, item, files)


def dump_fields(obj, item, exporter, fields):
    for field in fields:
        field.dump(obj, item, exporter)
    return item


def carried(fields):
    return {name for field in fields for name in field.names}
