"""`portail import-spip`: a SPIP site into the portal, as often as needed before the switch.

The SPIP items become interchange lines, which the importer writes as it writes any file (a
second run updates what changed, adds what is new, duplicates nothing); then the old addresses
become redirects and the links between items the portal's own links."""

import json
import re
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from portail.interchange.run import import_file

from .addresses import targets, write_redirects
from .lines import LineMaker
from .links import resolve
from .mapping import Mapping
from .site import SpipSite
from .source import SpipDatabase

LINE_ERROR = re.compile(r"^line (\d+): ")


@dataclass
class MigrationReport:
    dry_run: bool
    findings: object
    lines: Counter
    imported: object
    failed: list = field(default_factory=list)  # (ref, reason)
    redirects: int = 0
    links: int = 0
    broken_links: list = field(default_factory=list)

    def text(self):
        out = [
            "Lu dans SPIP : " + ", ".join(f"{n} {name}" for name, n in self.findings.read.items())
        ]
        out.append("Pages : " + ", ".join(f"{n} {kind}" for kind, n in sorted(self.lines.items())))
        verb = "Importerait" if self.dry_run else "Import"
        out.append(f"{verb} : {self.imported.summary()}")
        if not self.dry_run:
            out.append(f"Redirections écrites : {self.redirects}; liens internes : {self.links}")
        sections = (
            ("Échecs", self.failed),
            ("Non repris", self.findings.skipped),
            ("Raccourcis inconnus, gardés en texte", self.findings.unknown),
            ("Fichiers manquants", self.findings.missing),
            ("Liens vers des éléments non repris", self.broken_links),
        )
        for title, entries in sections:
            if entries:
                out.append(f"{title} ({len(entries)}) :")
                out += [f"  {ref} : {what}" for ref, what in entries]
        return "\n".join(out)


def migrate(database_url, img_dir, site_url="", mapping_path=None, dry_run=False, on_line=None):
    """Migrate the SPIP site; SourceError or MappingError when it cannot start."""
    mapping = Mapping.read(mapping_path) if mapping_path else Mapping()
    database = SpipDatabase(database_url)
    try:
        site = SpipSite(database, img_dir)
    finally:
        database.close()
    maker = LineMaker(site, mapping, site_url)
    items = list(maker.items())
    lines = Counter(_kind_label(item.line) for item in items)
    failed = []

    def on_import_line(count, total, errors):
        for error in errors:
            found = LINE_ERROR.match(error)
            ref = items[int(found.group(1)) - 1].ref if found else "?"
            failed.append((ref, LINE_ERROR.sub("", error)))
        if on_line:
            on_line(count, total)

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "spip.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for item in items:
                handle.write(json.dumps(item.line, ensure_ascii=False) + "\n")
        report = MigrationReport(dry_run, maker.findings, lines, None, failed)

        def finish(register):
            """Once every item has its page: old addresses, then links between items."""
            with transaction.atomic():
                found = targets(items, maker)
                report.redirects = write_redirects(found)
                report.links, report.broken_links = resolve(items, found, register)

        report.imported = import_file(
            path, dry_run=dry_run, on_line=on_import_line, files_dir=site.img, finish=finish
        )
    return report


def _kind_label(line):
    return f"{line['kind']} ({line['language']})" if line.get("language") else line["kind"]
