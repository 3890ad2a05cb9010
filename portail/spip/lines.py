"""SPIP items as interchange lines (docs/IMPORT.md), each with the old addresses that must
lead to it. The importer writes them as it writes any other file's lines."""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.text import slugify

from portail.taxonomy.services import country_find

from .site import moment, number
from .typography import Typography, old_address

# A SPIP status → what the portal does with the item.
DRAFT_STATUSES = {"prop", "prepa"}
MAPPED_SECTIONS = {
    "news": "news",
    "event": "agenda",
    "resource": "resources",
    "call": "opportunities",
    "page": "home",
}


@dataclass
class Item:
    """One line and what the migration needs to know of it."""

    ref: str  # "article 12"
    line: dict
    addresses: list = field(default_factory=list)  # old paths besides the line's source_url

    @property
    def links(self):
        """Its body links to other SPIP objects (by their old addresses)."""
        return "/spip.php?" in str(self.line.get("body"))

    @property
    def key(self):
        """What the importer records the page under."""
        line = self.line
        if line.get("translation_of"):
            return f"{line['kind']}:{line['language']}:{line['translation_of']}"
        return f"{line['kind']}:{line['slug']}"


@dataclass
class Findings:
    skipped: list = field(default_factory=list)  # (ref, reason)
    unknown: list = field(default_factory=list)  # (ref, shortcut)
    missing: list = field(default_factory=list)  # (ref, what)
    read: dict = field(default_factory=dict)  # SPIP table → rows read


class LineMaker:
    def __init__(self, site, mapping, site_url=""):
        self.site, self.mapping = site, mapping
        self.findings = Findings()
        mapping.guessed_rubriques(site.rubriques)
        titles = {("article", number(a["id_article"])): a["titre"] for a in site.articles}
        titles |= {("breve", number(b["id_breve"])): b["titre"] for b in site.breves}
        titles |= {("rubrique", ident): r["titre"] for ident, r in site.rubriques.items()}
        self.typography = Typography(site.insertables(), titles, site_url)
        self._slugs = set()
        self._articles = {number(a["id_article"]): a for a in site.articles}
        self._events = {}
        for event in site.events:
            self._events.setdefault(number(event.get("id_article")), []).append(event)
        self._lines = {}  # ("article", 12) → its line
        self._countries = {}  # keyword → country
        self.slug_of = {}  # ("article", 12) → slug of its page
        self.kind_of = {}  # ("article", 12) → kind of its page

    def items(self):
        """Every line, in an order the importer can follow: French pages, then translations."""
        self.findings.read = {
            "rubriques": len(self.site.rubriques),
            "articles": len(self.site.articles),
            "brèves": len(self.site.breves),
            "évènements": len(self.site.events),
            "mots": len(self.site.mots),
            "documents": len(self.site.documents),
        }
        translations = []
        for article in self.site.articles:
            if self._is_translation(article):
                translations.append(article)
            else:
                yield from self._article(article)
        for breve in self.site.breves:
            yield from self._breve(breve)
        for event in self.site.events:
            yield from self._event(event)
        for article in translations:
            yield from self._translation(article)

    # Articles

    def _article(self, article):
        ident = number(article["id_article"])
        ref = f"article {ident}"
        if not self._wanted(ref, article["statut"]):
            return
        kind = self.mapping.rubrique_kind(self.site.rubriques, number(article["id_rubrique"]))
        if kind == "skip":
            self.findings.skipped.append(
                (ref, f"rubrique {article['id_rubrique']} non migrée (mapping)")
            )
            return
        if (article.get("virtuel") or "").strip():
            self.findings.skipped.append(
                (ref, f"article virtuel: redirigé vers {article['virtuel']}")
            )
            return
        if kind == "event" and self.site.has_agenda and self._events_of(ident):
            kind = "news"  # its events become the agenda's pages; the article stays as news
        line = self._content(ref, kind, "article", ident, article)
        line["title"] = article["titre"] or ref
        date = moment(article.get("date"))
        if kind != "page":
            line["date"] = (date or moment(article.get("maj"))).date().isoformat()
        if kind == "news":
            _set(line, "surtitle", self.typography.plain(article.get("surtitre")))
            _set(line, "subtitle", self.typography.plain(article.get("soustitre")))
        else:
            extra = [self.typography.plain(article.get(name)) for name in ("surtitre", "soustitre")]
            lead = " — ".join(part for part in [*extra, line.get("lead", "")] if part)
            _set(line, "lead", lead)
        if kind == "event":
            line["start"] = (date or moment(article.get("maj"))).isoformat(timespec="minutes")
        if kind == "call":
            deadline = moment(article.get("date_redac")) or date or moment(article.get("maj"))
            line["deadline"] = deadline.isoformat(timespec="minutes")
        if kind == "resource":
            line["media"] = "text"
        yield self._item(ref, line, "article", ident, article)

    def _content(self, ref, kind, table, ident, row, texts=None):
        """The line's kind, slug, lead, body, image, documents and keywords."""
        slug = self._slug(table, ident, row["titre"])
        self.slug_of[(table, ident)], self.kind_of[(table, ident)] = slug, kind
        line = {"kind": kind, "slug": slug, "source_url": old_address(table, ident)}
        chapo, descriptif = row.get("chapo") or "", row.get("descriptif") or ""
        _set(line, "lead", self.typography.plain(chapo or descriptif))
        if chapo and descriptif:
            _set(line, "search_description", self.typography.plain(descriptif))
        converted = self.typography.convert(*(texts or (row.get("texte"), row.get("ps"))))
        self._findings(ref, converted)
        blocks = converted.blocks
        documents, portfolio = self._attached(ref, table, ident, converted.shown)
        logo = self.site.logo(table, ident)
        if kind != "page" and (logo or portfolio):
            line["image"] = logo or portfolio.pop(0)["image"]
        blocks += portfolio
        if kind == "page" and documents:  # a simple page lists its documents in its text
            links = "".join(
                f'<li><a href="{old_address("document", d["id"])}">{d["title"]}</a></li>'
                for d in documents
            )
            blocks.append({"type": "paragraph", "html": f"<ul>{links}</ul>"})
        elif documents:
            line["documents"] = [{"path": d["path"], "title": d["title"]} for d in documents]
        if blocks:
            line["body"] = blocks
        if kind != "page":
            line.update(self._keywords(ref, table, ident))
        if row.get("statut") in DRAFT_STATUSES:
            line["draft"] = True
        return line

    def _attached(self, ref, table, ident, shown):
        """The documents to download and the portfolio's images of an object, those its text
        does not already show."""
        documents, portfolio = [], []
        for row, _seen, role in self.site.documents_of(table, ident):
            doc = number(row["id_document"])
            if (
                doc in shown
                or role == "logo"
                or row.get("mode") in ("logoon", "logooff", "vignette")
            ):
                continue
            insertable = self.typography.documents[doc]
            if insertable.path is None:
                what = "document distant" if insertable.url else "fichier manquant"
                self.findings.missing.append(
                    (ref, f"{what}: document {doc} ({row.get('fichier')})")
                )
                continue
            if insertable.is_image:
                image = {"path": insertable.path, "title": insertable.title}
                _set(image, "credit", self.typography.plain(insertable.credit))
                _set(image, "alt", self.typography.plain(insertable.description))
                portfolio.append({"type": "image", "image": image})
            else:
                documents.append({"id": doc, "path": insertable.path, "title": insertable.title})
        return documents, portfolio

    def _keywords(self, ref, table, ident):
        tags = {}
        for mot in self.site.mots_of(table, ident):
            group = number(mot.get("id_groupe"))
            title = self.site.groups.get(group, {}).get("titre", "")
            kind = self.mapping.group_kind(group, title)
            name = self.typography.plain(mot["titre"])
            if kind == "skip" or not name:
                continue
            if kind == "countries":
                country = self._country(name)
                if country is None:
                    self.findings.skipped.append(
                        (ref, f"mot {mot['id_mot']} « {name} » : pays inconnu")
                    )
                    continue
                name = country.code
            tags.setdefault(kind, [])
            if name not in tags[kind]:
                tags[kind].append(name)
        return tags

    def _country(self, name):
        if name not in self._countries:
            self._countries[name] = country_find(name)
        return self._countries[name]

    # Brèves and agenda events

    def _breve(self, breve):
        ident = number(breve["id_breve"])
        ref = f"brève {ident}"
        if not self._wanted(ref, breve["statut"]):
            return
        texts = [breve.get("texte")]
        if breve.get("lien_url"):
            texts.append(f"[{breve.get('lien_titre') or breve['lien_url']}->{breve['lien_url']}]")
        line = self._content(ref, "news", "breve", ident, breve, texts)
        line["title"] = breve["titre"] or ref
        line["date"] = (
            (moment(breve.get("date_heure")) or moment(breve.get("maj"))).date().isoformat()
        )
        yield self._item(ref, line, "breve", ident, breve)

    def _events_of(self, article):
        return self._events.get(article, [])

    def _event(self, event):
        ident = number(event["id_evenement"])
        ref = f"évènement {ident}"
        article = self._articles.get(number(event.get("id_article")))
        if not self._wanted(ref, event.get("statut") or "publie"):
            return
        if article is not None and article["statut"] not in ("publie", *DRAFT_STATUSES):
            self.findings.skipped.append(
                (ref, f"son article {article['id_article']} n’est pas migré")
            )
            return
        row = {**event, "texte": event.get("descriptif"), "descriptif": ""}
        title = event.get("titre") or (article or {}).get("titre") or ref
        texts = [event.get("descriptif")]
        if article is not None and (article.get("texte") or "").strip():
            texts.append(article["texte"])
        line = self._content(ref, "event", "evenement", ident, {**row, "titre": title}, texts)
        line["source_url"] = f"/spip.php?id_evenement={ident}&page=evenement"
        start, end = moment(event.get("date_debut")), moment(event.get("date_fin"))
        if start is None:
            self.findings.skipped.append((ref, "pas de date de début"))
            return
        all_day = event.get("horaire") == "non"
        line["title"] = title
        line["start"] = start.date().isoformat() if all_day else start.isoformat(timespec="minutes")
        if end and end > start and not all_day:
            line["end"] = end.isoformat(timespec="minutes")
        line["date"] = (moment((article or {}).get("date")) or start).date().isoformat()
        location = ", ".join(
            part.strip()
            for part in (event.get("lieu"), event.get("adresse"))
            if part and part.strip()
        )
        _set(line, "location", location)
        if article is not None:
            line.update(self._keywords(ref, "article", number(article["id_article"])))
        if article is not None and article["statut"] in DRAFT_STATUSES:
            line["draft"] = True
        yield Item(ref, line, [f"/evenement{ident}.html"])

    # Translations

    def _is_translation(self, article):
        original = number(article.get("id_trad"))
        return bool(original) and original != number(article["id_article"])

    def _translation(self, article):
        ident, original = number(article["id_article"]), number(article["id_trad"])
        ref = f"article {ident}"
        if not self._wanted(ref, article["statut"]):
            return
        language = article.get("lang") or ""
        languages = [code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
        if language not in languages:
            self.findings.skipped.append((ref, f"traduction en {language!r}, langue non proposée"))
            return
        original_line = self._lines.get(("article", original))
        if original_line is None or original_line.get("draft") or article["statut"] != "publie":
            self.findings.skipped.append(
                (ref, f"traduction de l’article {original}, qui n’est pas migré")
            )
            return
        kind = self.kind_of[("article", original)]
        line = self._content(ref, kind, "article", ident, article)
        line.pop("draft", None)
        line.pop("source_url")
        for key in ("countries", "themes", "organisations"):
            line.pop(key, None)
        slug = line.pop("slug")
        line.update(
            {
                "language": language,
                "translation_of": self.slug_of[("article", original)],
                "slug": slug,
            }
        )
        line["title"] = article["titre"] or ref
        for key in ("date", "start", "deadline", "media"):  # what the French page says
            if key in original_line:
                line[key] = original_line[key]
        if kind == "news":
            _set(line, "surtitle", self.typography.plain(article.get("surtitre")))
            _set(line, "subtitle", self.typography.plain(article.get("soustitre")))
        addresses = [old_address("article", ident), *object_paths(self.site, "article", ident)]
        yield Item(ref, line, addresses)

    # Shared

    def _wanted(self, ref, status):
        if status == "publie" or status in DRAFT_STATUSES:
            return True
        reason = "à la poubelle" if status == "poubelle" else f"statut {status!r}"
        self.findings.skipped.append((ref, reason))
        return False

    def _item(self, ref, line, table, ident, row):
        self._lines[(table, ident)] = line
        return Item(ref, line, object_paths(self.site, table, ident))

    def _slug(self, table, ident, title):
        urls = self.site.urls(table, ident)
        slug = slugify(urls[0] if urls else title or "")[:200] or f"{table}-{ident}"
        if slug in self._slugs:
            slug = f"{slug}-{ident}"
        self._slugs.add(slug)
        return slug

    def _findings(self, ref, converted):
        self.findings.unknown += [(ref, shortcut) for shortcut in converted.unknown]
        self.findings.missing += [(ref, what) for what in converted.missing]


# SPIP's "URL propres" decorate each type's address: "-Rubrique-", "+Breve+", "+-Mot-+".
URL_DECORATIONS = {"rubrique": ("-{}-",), "breve": ("+{}+",), "mot": ("+-{}-+",)}


def object_paths(site, table, ident):
    """Every old path of an object besides `/spip.php?article12`."""
    paths = [f"/spip.php?id_{table}={ident}&page={table}", f"/{table}{ident}.html"]
    return paths + url_paths(table, site.urls(table, ident))


def url_paths(table, urls):
    """The paths an object's URLs (current and older) had, in each "URL propres" mode."""
    paths = []
    for url in urls:
        url = str(url).strip("/")
        if not url:
            continue
        for pattern in ("{}", "{}.html", *URL_DECORATIONS.get(table, ())):
            path = "/" + pattern.format(url)
            if path not in paths:
                paths.append(path)
    return paths


def document_paths(row):
    fichier = str(row.get("fichier") or "").removeprefix("IMG/").lstrip("/")
    paths = [old_address("document", number(row["id_document"]))]
    if fichier and "://" not in fichier:
        paths.append(f"/IMG/{fichier}")
    return paths


def _set(target, key, value):
    if value:
        target[key] = value
