"""`portail export`: everything needed to rebuild the content, as interchange lines and files.

The output is stable: the same content gives the same bytes, whatever the database, so that
export → import into an empty portal → export gives an identical file."""

import hashlib
import json
import shutil
from pathlib import Path

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import PageViewRestriction

from portail.core.languages import default_locale_id

from .kinds import EXPORT_ORDER, KINDS
from .kinds.base import PageKind, RecordKind
from .kinds.collections import dump_privacy
from .kinds.sections import export_section_translations
from .kinds.translations import translation_lines


class Exporter:
    def __init__(self, path):
        self.path = Path(path)
        self.files_dir = self.path.parent / f"{self.path.stem}_files"
        self._redirects = {}
        self._privacy = {}

    def export(self):
        """Write the file and its folder of files; returns the number of lines."""
        if self.files_dir.exists():
            shutil.rmtree(self.files_dir)
        self.files_dir.mkdir(parents=True)
        self._redirects = dict(
            Redirect.objects.filter(site=None, redirect_page__isnull=False).values_list(
                "redirect_page_id", "old_path"
            )
        )
        self._privacy = {
            restriction.page_id: dump_privacy(restriction)
            for restriction in PageViewRestriction.objects.prefetch_related("groups")
        }
        count = 0
        with self.path.open("w", encoding="utf-8", newline="\n") as out:
            for item in self.items():
                out.write(json.dumps(item, ensure_ascii=False) + "\n")
                count += 1
        return count

    def items(self):
        for entry in EXPORT_ORDER:
            if callable(entry):
                yield from entry(self)
            elif isinstance(KINDS[entry], RecordKind):
                yield from KINDS[entry].export(self)
            else:
                kind = KINDS[entry]
                for page in kind.pages().filter(locale_id=default_locale_id()):
                    yield self._page(entry, kind, page)
        yield from self._translations()

    def _translations(self):
        """The pages written in another language, after every French page they name."""
        for name, kind in KINDS.items():
            if isinstance(kind, PageKind):
                yield from translation_lines(
                    kind.model,
                    lambda page, item, name=name, kind=kind: {
                        **self._page(name, kind, page),
                        **item,
                    },
                )
        yield from export_section_translations(self)

    def _page(self, name, kind, page):
        item = kind.write(page, {"kind": name, "slug": page.slug}, self)
        if page.pk in self._redirects:
            item["source_url"] = self._redirects[page.pk]
        if page.pk in self._privacy:
            item["privacy"] = self._privacy[page.pk]
        return item

    def file(self, stored):
        """Copy a document's or image's file under a name made of its content hash."""
        with stored.file.open("rb") as handle:
            content = handle.read()
        digest = hashlib.sha1(content).hexdigest()
        name = f"{digest}{Path(stored.file.name).suffix.lower()}"
        target = self.files_dir / name
        if not target.exists():
            target.write_bytes(content)
        return f"{self.files_dir.name}/{name}"
