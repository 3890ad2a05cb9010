"""SPIP's typographic shortcuts ("raccourcis typographiques") as the portal's body blocks.

`{{gras}}`, `{italique}`, `{{{intertitre}}}`, links `[texte->adresse]` and `[->art12]`, inserted
documents `<doc12|left>`, lists `-*` `-#`, tables `| a | b |`, notes `[[...]]`, `<quote>`,
`<code>`, `<cadre>`, `_ ` line breaks, `----` and French spacing. Links to other SPIP objects
are written as their old address (`/spip.php?article12`): once every item is migrated, those
addresses are redirects, and `links.resolve` turns them into the portal's own links.

What cannot be read is kept as text and reported, never dropped."""

import html
import re
from dataclasses import dataclass, field

NBSP, NNBSP = "\u00a0", "\u202f"
EMBEDDABLE = re.compile(r"https?://(www\.)?(youtube\.com|youtu\.be|vimeo\.com|dailymotion\.com)/")


@dataclass(frozen=True)
class Insertable:
    """A document the text may show: `path` relative to IMG/ (None when the file is missing),
    `url` for a remote one."""

    id: int
    title: str
    is_image: bool
    path: str | None = None
    url: str = ""
    description: str = ""
    credit: str = ""


@dataclass
class Converted:
    blocks: list = field(default_factory=list)  # the body, as interchange blocks
    unknown: list = field(default_factory=list)  # shortcuts kept as text
    missing: list = field(default_factory=list)  # documents named that have no file
    shown: set = field(default_factory=set)  # documents the text shows or links to


# Old addresses of SPIP objects, as `[->art12]` names them.
OBJECT_PREFIXES = {
    "art": "article",
    "article": "article",
    "rub": "rubrique",
    "rubrique": "rubrique",
    "br": "breve",
    "breve": "breve",
    "brève": "breve",
    "mot": "mot",
    "doc": "document",
    "document": "document",
    "img": "document",
    "im": "document",
    "emb": "document",
}
OBJECT_LINK = re.compile(r"^\s*(?P<type>[a-zè]*)\s*(?P<id>\d+)\s*(?:#.*)?$", re.I)


def old_address(kind, number):
    """The address SPIP gave an object in every configuration: `/spip.php?article12`."""
    if kind == "document":
        return f"/spip.php?id_document={number}&page=document"
    return f"/spip.php?{kind}{number}"


INSERT = re.compile(r"<(doc|img|emb|image|document)(\d+)((?:\|[^<>]*)?)>", re.I)
MODEL = re.compile(r"<(?!h[1-6]\b)([a-z_]+)(\d+)((?:\|[^<>]*)?)>", re.I)
NOTE = re.compile(r"\[\[(.*?)\]\]", re.S)
LINK = re.compile(r"\[([^\[\]]*?)->([^\[\]]*?)\]", re.S)
ANCHOR = re.compile(r"\[[^\[\]<>]*<-\]")
GLOSSARY = re.compile(r"\[\?([^\[\]#]+)(?:#[^\[\]]*)?\]")
BOLD = re.compile(r"\{\{(?!\{)(.+?)\}\}", re.S)
ITALIC = re.compile(r"\{(?!\{)([^{}]+?)\}", re.S)
HEADING = re.compile(r"\{\{\{(.+?)\}\}\}", re.S)
RULE = re.compile(r"^\s*-{4,}\s*$", re.M)
LIST_ITEM = re.compile(r"^-(\*+|#+|\s)\s*")
TABLE_LINE = re.compile(r"^\s*\|.*\|\s*$")
HELD = re.compile(r"\x02(\d+)\x03")
BLOCK = re.compile(r"^\x01(\d+)\x01$")
TAG = re.compile(r"(<[^>]*>|\x02\d+\x03)")


class _Text:
    """One conversion: the pieces set aside while the rest is read."""

    def __init__(self, converted):
        self.converted = converted
        self.held = []  # inline HTML already converted
        self.blocks = []  # whole blocks (figures, tables, quotes)
        self.notes = []

    def hold(self, markup):
        self.held.append(markup)
        return f"\x02{len(self.held) - 1}\x03"

    def block(self, block):
        self.blocks.append(block)
        return f"\n\n\x01{len(self.blocks) - 1}\x01\n\n"

    def release(self, markup):
        while HELD.search(markup):
            markup = HELD.sub(lambda match: self.held[int(match.group(1))], markup)
        return markup


class Typography:
    """Converts SPIP texts; `documents` maps a document's id to its Insertable, `titles` an
    (object type, id) pair to the title shown by an empty link `[->art12]`."""

    def __init__(self, documents=None, titles=None, site_url=""):
        self.documents = documents or {}
        self.titles = titles or {}
        self.site_url = site_url.rstrip("/")

    def convert(self, *texts):
        """The blocks of the texts one after the other (chapô, texte, post-scriptum)."""
        converted = Converted()
        text = _Text(converted)
        chunks = []
        for part in texts:
            if part and part.strip():
                if chunks:
                    chunks.append("<hr/>")
                chunks.extend(self._chunks(part, text))
        if text.notes:
            items = "".join(f"<li>{self._inline(note, text)}</li>" for note in text.notes)
            chunks.append(f"<h2>Notes</h2><ol>{items}</ol>")
        converted.blocks = _merged(chunks, text)
        return converted

    def plain(self, value):
        """A text without its shortcuts (a lead, a table cell)."""
        converted = Converted()
        markup = self._inline(value or "", _Text(converted))
        markup = re.sub(r"<br\s*/?>", " ", markup)
        text = html.unescape(re.sub(r"<[^>]+>", "", markup))
        return re.sub(r"[ \t\n\r]+", " ", text).strip()  # non-breaking spaces stay

    # Blocks

    def _chunks(self, value, text):
        value = value.replace("\r\n", "\n").replace("\r", "\n").strip()
        value = re.sub(
            r"<code>(.*?)</code>",
            lambda m: text.hold(f"<code>{html.escape(m.group(1), quote=False)}</code>"),
            value,
            flags=re.S | re.I,
        )
        value = re.sub(
            r"<cadre[^>]*>(.*?)</cadre>", lambda m: self._frame(m, text), value, flags=re.S | re.I
        )
        value = re.sub(
            r"<html>(.*?)</html>", lambda m: text.hold(m.group(1)), value, flags=re.S | re.I
        )
        value = NOTE.sub(lambda m: self._note(m, text), value)
        value = INSERT.sub(lambda m: self._insert(m, text), value)
        value = re.sub(
            r"<quote>(.*?)</quote>", lambda m: self._quote(m, text), value, flags=re.S | re.I
        )
        value = self._tables(value, text)
        value = HEADING.sub(lambda m: f"\n\n{{{{{{{m.group(1)}}}}}}}\n\n", value)
        value = RULE.sub("\n\n----\n\n", value)
        chunks = []
        for chunk in re.split(r"\n\s*\n", value):
            chunk = chunk.strip()
            if chunk:
                chunks.append(self._chunk(chunk, text))
        return chunks

    def _chunk(self, chunk, text):
        if BLOCK.match(chunk):
            return chunk
        heading = HEADING.fullmatch(chunk)
        if heading:
            return f"<h2>{self._inline(heading.group(1), text)}</h2>"
        if RULE.fullmatch(chunk):
            return "<hr/>"
        lines = chunk.split("\n")
        first_item = next((n for n, line in enumerate(lines) if LIST_ITEM.match(line)), None)
        if first_item is None:
            return f"<p>{self._inline(chunk, text)}</p>"
        before = "\n".join(lines[:first_item])
        paragraph = f"<p>{self._inline(before, text)}</p>" if before.strip() else ""
        return paragraph + self._list(lines[first_item:], text)

    def _list(self, lines, text):
        """`-*` and `-**` bullets, `-#` numbers; `- ` (SPIP's old dash) a bullet too."""
        items = []  # (depth, ordered, text)
        for line in lines:
            match = LIST_ITEM.match(line)
            if match:
                marks = match.group(1).strip() or "*"
                items.append([len(marks), marks[0] == "#", line[match.end() :]])
            else:
                items[-1][2] += "\n" + line
        markup, open_lists = "", []
        for depth, ordered, content in items:
            tag = "ol" if ordered else "ul"
            while len(open_lists) > depth or (len(open_lists) == depth and open_lists[-1] != tag):
                markup += f"</li></{open_lists.pop()}>"
            if len(open_lists) == depth and open_lists:
                markup += "</li>"
            while len(open_lists) < depth:
                open_lists.append(tag)
                markup += f"<{tag}>"
            markup += f"<li>{self._inline(content, text)}"
        while open_lists:
            markup += f"</li></{open_lists.pop()}>"
        return markup

    def _frame(self, match, text):
        lines = html.escape(match.group(1).strip("\n"), quote=False).split("\n")
        return text.block(("paragraph", f"<p><code>{'<br/>'.join(lines)}</code></p>"))

    def _note(self, match, text):
        text.notes.append(match.group(1).strip())
        return text.hold(f"{NBSP}[{len(text.notes)}]")

    def _quote(self, match, text):
        paragraphs = [part for part in re.split(r"\n\s*\n", match.group(1).strip()) if part.strip()]
        inner = "<br/><br/>".join(self._inline(part, text) for part in paragraphs)
        return text.block(("paragraph", f"<blockquote>{inner}</blockquote>"))

    def _insert(self, match, text):
        number = int(match.group(2))
        document = self.documents.get(number)
        text.converted.shown.add(number)
        if document is None or (document.path is None and not document.url):
            text.converted.missing.append(f"document {number} ({match.group(0)}) : fichier absent")
            return ""
        if document.is_image and document.path:
            image = {"path": document.path, "title": document.title}
            if document.description:
                image["alt"] = self.plain(document.description)
            if document.credit:
                image["credit"] = self.plain(document.credit)
            block = {"type": "image", "image": image}
            if document.title and not document.title.startswith(("IMG", "image")):
                block["caption"] = document.title
            return text.block(("block", block))
        if document.url and EMBEDDABLE.match(document.url):
            return text.block(
                ("block", {"type": "embed", "url": document.url, "title": document.title})
            )
        href = document.url or old_address("document", number)
        label = html.escape(document.title or f"document {number}", quote=False)
        return text.hold(f'<a href="{html.escape(href)}">{label}</a>')

    def _tables(self, value, text):
        lines, out, table = value.split("\n"), [], []
        for line in [*lines, ""]:
            if TABLE_LINE.match(line):
                table.append(line.strip())
                continue
            if table:
                out.append(text.block(("block", self._table(table))))
                table = []
            out.append(line)
        return "\n".join(out)

    def _table(self, lines):
        caption = ""
        if lines[0].startswith("||") and lines[0].endswith("||"):
            caption = self.plain(lines.pop(0).strip("|").split("|")[0])
        rows = [[cell.strip() for cell in line[1:-1].split("|")] for line in lines]
        header = bool(rows) and all(BOLD.fullmatch(cell) for cell in rows[0] if cell)
        rows = [[self.plain(cell) for cell in row] for row in rows] or [[""]]
        table = {"type": "table", "rows": rows}
        if header:
            table["header"] = "row"
        if caption:
            table["caption"] = caption
        return table

    # Inline

    def _inline(self, value, text):
        value = ANCHOR.sub("", value)
        value = GLOSSARY.sub(lambda m: m.group(1).strip(), value)
        value = LINK.sub(lambda m: self._link(m, text), value)
        value = self._emphasis(value)
        value = re.sub(r"\n_\s+", "<br/>", value)
        value = re.sub(r"^_\s+", "", value)
        value = " ".join(value.split("\n"))
        value = self._kept(value, text)
        value = _french_spacing(value.replace("~", NBSP))
        return text.release(value)

    def _emphasis(self, value):
        value = BOLD.sub(r"<strong>\1</strong>", value)
        return ITALIC.sub(r"<em>\1</em>", value)

    def _link(self, match, text):
        label, target = match.group(1), match.group(2).strip()
        label = re.sub(r"\|[^|]*$", "", label).strip()  # "texte|bulle": the tooltip goes
        href, title = self._target(target)
        if href is None:
            text.converted.unknown.append(match.group(0))
            return text.hold(html.escape(match.group(0), quote=False))
        shown = _french_spacing(self._emphasis(label)) if label else html.escape(title or target)
        return text.hold(f'<a href="{html.escape(href)}">{shown}</a>')

    def _target(self, target):
        """(href, title of the object) of a link's target; (None, None) when unreadable."""
        if self.site_url and target.startswith(self.site_url):
            target = target[len(self.site_url) :] or "/"
        found = OBJECT_LINK.match(target)
        if found:
            kind = OBJECT_PREFIXES.get((found.group("type") or "art").lower())
            if kind is None:
                return None, None
            number = int(found.group("id"))
            if kind == "document":
                document = self.documents.get(number)
                return old_address(kind, number), document.title if document else ""
            return old_address(kind, number), self.titles.get((kind, number), "")
        if re.match(r"^(https?://|mailto:|/)", target, re.I):
            return target, target
        if re.fullmatch(r"[^@\s/]+@[^@\s/]+\.[a-z]{2,}", target, re.I):
            return f"mailto:{target}", target
        if re.match(r"^www\.", target, re.I):
            return f"https://{target}", target
        return None, None

    def _kept(self, value, text):
        """Shortcuts still there once all known ones are read: kept as text, and reported."""
        for model in MODEL.finditer(value):
            text.converted.unknown.append(model.group(0))
        value = MODEL.sub(lambda m: html.escape(m.group(0), quote=False), value)
        outside = TAG.split(value)
        for index, piece in enumerate(outside):
            if index % 2:
                continue
            for leftover in re.finditer(r"\{\{?|\}\}?|\[\[|\]\]|\[[^\[\]]*->", piece):
                snippet = html.unescape(piece[leftover.start() : leftover.end() + 30]).strip()
                if snippet not in text.converted.unknown:
                    text.converted.unknown.append(snippet)
            outside[index] = piece
        return "".join(outside)


def _french_spacing(value):
    """A non-breaking space before `:` and inside « », a narrow one before ; ! ? (outside
    tags)."""
    pieces = TAG.split(value)
    for index in range(0, len(pieces), 2):
        piece = pieces[index]
        piece = re.sub(r"[ \u00a0]+:", f"{NBSP}:", piece)
        piece = re.sub(r"[ \u00a0\u202f]+([;!?])", rf"{NNBSP}\1", piece)
        piece = re.sub(r"«[ \u00a0]*", f"«{NBSP}", piece)
        piece = re.sub(r"[ \u00a0]*»", f"{NBSP}»", piece)
        pieces[index] = piece
    return "".join(pieces)


def _merged(chunks, text):
    """Consecutive HTML chunks make one paragraph block; set-aside blocks stand alone."""
    blocks, markup = [], []

    def flush():
        if markup:
            blocks.append({"type": "paragraph", "html": text.release("".join(markup))})
            markup.clear()

    for chunk in chunks:
        held = BLOCK.match(chunk)
        if not held:
            markup.append(chunk)
            continue
        kind, value = text.blocks[int(held.group(1))]
        if kind == "paragraph":
            markup.append(value)
        else:
            flush()
            blocks.append(value)
    flush()
    return blocks
