"""`portail import`: interchange lines into pages, snippets, documents and redirects."""

import hashlib
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify
from wagtail.contrib.redirects.models import Redirect

from portail.core.languages import default_locale_id
from portail.core.services import page_publish

from .batch import write_new_pages
from .conversions import country, forget_known_tags
from .files import FileStore
from .kinds import KINDS
from .kinds.base import RecordKind
from .kinds.collections import set_page_privacy
from .kinds.sections import section_page
from .kinds.translations import is_translation, locale_of, original_page, translation_of
from .models import ImportRecord
from .schema import LineError, check_item
from .text import repair

logger = logging.getLogger(__name__)


@dataclass
class PagePlan:
    number: int
    kind: str
    key: str
    digest: str
    page: object
    created: bool
    published_on: object
    source_url: str | None
    privacy: object = None
    draft: bool = False  # saved as a draft: not published, nor shown to the public
    new_translation: bool = False  # a page's version in another language, made by this line


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    errors: list = field(default_factory=list)

    def summary(self):
        return f"created: {self.created}, updated: {self.updated}, unchanged: {self.unchanged}, failed: {self.failed}"


class Importer:
    """Imports a JSON Lines file; each line in its own transaction, so that a bad line is
    reported and skipped while every good one is imported."""

    def __init__(self, path, dry_run=False, on_written=None, files_dir=None):
        self.path = Path(path)
        self.dry_run = dry_run
        self.files = FileStore(files_dir or self.path.parent, dry_run=dry_run)
        self.report = ImportReport()
        self.on_written = on_written  # called with each batch of new pages once written
        self._parents = {}
        self._batch, self._batch_keys = None, set()
        forget_known_tags()  # a tag renamed or deleted between two imports is looked up again
        self._number = None
        # What the database holds, read once: most lines of a large import are new, and then
        # need no lookup at all. Updated as lines are written.
        self._records = None  # import key -> (digest, page id)
        self._slugs = {}  # page model -> slugs in use
        self._written = []  # plans written by the current line, known once it commits
        self._dry_run_keys = set()  # page lines seen, for a dry run's translations

    def lines(self):
        """(number, raw bytes) of the non-blank lines."""
        with self.path.open("rb") as handle:
            for number, raw in enumerate(handle, start=1):
                if raw.strip():
                    yield number, raw

    def import_line(self, number, raw):
        self._number = number
        try:
            item = self._parse(raw)
            if self._names_earlier_lines(item):
                self.flush()  # before this line's transaction: its failure must not undo them
            self._written = []
            with transaction.atomic():
                outcome = self._apply(item)
                if self.dry_run:
                    transaction.set_rollback(True)
            self._remember(self._written)
        except LineError as error:
            self._fail(number, str(error))
            return "failed"
        except Exception as error:  # an unforeseen problem still costs one line, not the file
            logger.exception("line %s", number)
            self._fail(number, f"unexpected error: {error}")
            return "failed"
        setattr(self.report, outcome, getattr(self.report, outcome) + 1)
        return outcome

    def read_ahead(self, lines, texts):
        """Hand the files these lines name to `texts` (a TextsAhead), whose text is read in
        another process before the lines come to them, and find out at once which are stored
        already. Lines at fault are left for their turn."""
        digests = []
        for _, raw in lines:
            try:
                paths = list(_file_paths(self._parse(raw)))
            except LineError:
                continue
            for path in paths:
                try:
                    content, digest = self.files.read(path)
                except LineError:
                    continue
                texts.submit(content, digest, path)
                digests.append(digest)
        self.files.look_up(digests)

    def _fail(self, number, reason):
        self.report.failed += 1
        self.report.errors.append(f"line {number}: {reason}")

    @staticmethod
    def _names_earlier_lines(item):
        """Records and news about a fund name pages that may still wait in the batch."""
        return isinstance(item, dict) and (
            isinstance(KINDS.get(item.get("kind")), RecordKind)
            or bool(item.get("fund"))
            or is_translation(item)
        )

    @staticmethod
    def _parse(raw):
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise LineError(f"not UTF-8 (byte {error.start + 1})") from error
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            raise LineError(f"not valid JSON: {error.msg} at column {error.colno}") from error

    def _apply(self, item):
        name = check_item(item, KINDS)
        item = repair(item)
        if isinstance(KINDS[name], RecordKind):
            return self._record(KINDS[name], item)
        return self._page(name, item)

    def _record(self, kind, item):
        """Anything but a page (a member, a theme, the site's settings): a row, identified
        by its key."""
        key = kind.key(item)
        digest = self._digest(item)
        record = ImportRecord.objects.filter(key=key).first()
        if record is not None and record.digest == digest:
            return "unchanged"
        kind.upsert(item, self.files)
        ImportRecord.objects.update_or_create(key=key, defaults={"digest": digest, "page": None})
        return "created" if record is None else "updated"

    def _digest(self, item):
        """A fingerprint of the line and of the files it names."""
        hashes = []
        for path in _file_paths(item):
            hashes.append(self.files.read(path)[1])
        canonical = json.dumps([item, hashes], sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(canonical.encode()).hexdigest()

    def _parent(self, name):
        section = KINDS[name].section
        if section not in self._parents:
            self._parents[section] = section_page(section)
        return self._parents[section]

    def _page(self, kind, item):
        plan = self._plan(kind, item)
        if isinstance(plan, str):
            return plan
        if self.dry_run:
            return "created" if plan.created else "updated"
        batchable = (
            KINDS[kind].batched
            and plan.privacy is None
            and not plan.draft
            and plan.key not in self._batch_keys
        )
        if plan.created and self._batch is not None and batchable:
            self._batch.append(plan)  # written with the others by _write_batch
            self._batch_keys.add(plan.key)
            return "created"
        self._write(plan)
        return "created" if plan.created or plan.new_translation else "updated"

    def _plan(self, name, item):
        """What a page line asks for: "unchanged", or a PagePlan with the page filled in."""
        kind = KINDS[name]
        if is_translation(item):
            if self.dry_run and self._planned_in_dry_run(name, item):
                return "created"  # its French page is itself only planned
            return self._translation_plan(name, kind, item)
        model = kind.model
        slug = slugify(item.get("slug") or item.get("title") or _default_title(name, item))
        slug = slug[:255] or name
        key = f"{name}:{slug}"
        if key in self._batch_keys:  # the same item twice in one batch: write the first now
            self.flush()
        digest = self._digest(item)
        if self.dry_run:
            self._dry_run_keys.add(key)
        known_digest, known_page = self._known_record(key)
        page = self._existing_page(model, known_page, slug, item.get("source_url"))
        if page is not None and known_digest == digest:
            return "unchanged"
        created = page is None
        return self._filled(name, key, digest, page or model(slug=slug), created, item)

    def _planned_in_dry_run(self, name, item):
        """A translation of a page an earlier line of this dry run would create."""
        original = f"{name}:{slugify(str(item.get('translation_of') or ''))}"
        return original in self._dry_run_keys and self._known_record(original)[1] is None

    def _translation_plan(self, name, kind, item):
        """The page's version in another language, made from its French page."""
        original, locale = original_page(kind.model, item), locale_of(item)
        key = f"{name}:{locale.language_code}:{original.slug}"
        digest = self._digest(item)
        if self._known_record(key)[0] == digest:
            return "unchanged"
        existed = self.dry_run or original.get_translation_or_none(locale) is not None
        page = translation_of(original, locale) if not self.dry_run else original
        plan = self._filled(name, key, digest, page, False, item)
        plan.new_translation = not existed
        page.slug = slugify(item.get("slug") or "") or page.slug
        return plan

    def _filled(self, name, key, digest, page, created, item):
        """The plan of `page` filled in from the line."""
        published_on = KINDS[name].load(page, item, self.files)
        if item.get("source_url") and Redirect.normalise_path(item["source_url"]) in ("", "/"):
            raise LineError(f"source_url has no path: {item['source_url']!r}")
        source_url, privacy = item.get("source_url"), item.get("privacy")
        draft = item.get("draft", False)
        if not isinstance(draft, bool):
            raise LineError(f"draft must be true or false, not {draft!r}")
        return PagePlan(
            self._number, name, key, digest, page, created, published_on, source_url, privacy, draft
        )

    def _write(self, plan):
        """One page, the way an editor's publication is recorded."""
        if plan.draft:
            if plan.created:
                plan.page.live = False
                self._parent(plan.kind).add_child(instance=plan.page)
            plan.page.save_revision(log_action=True, clean=False)
        elif plan.created:
            page_publish(
                self._parent(plan.kind), plan.page, published_at=plan.published_on, quietly=True
            )
        else:
            plan.page.save_revision().publish()
        set_page_privacy(plan.page, plan.privacy)
        if plan.source_url:
            self._redirect(plan.source_url, plan.page)
        ImportRecord.objects.update_or_create(
            key=plan.key, defaults={"digest": plan.digest, "page": plan.page}
        )
        self._written.append(plan)

    def _known_record(self, key):
        """(digest, page id) of what an earlier import wrote for `key`, or (None, None)."""
        if self._records is None:
            self._records = {
                key: (digest, page_id)
                for key, digest, page_id in ImportRecord.objects.values_list(
                    "key", "digest", "page_id"
                )
            }
        return self._records.get(key, (None, None))

    def _slugs_of(self, model):
        if model not in self._slugs:
            self._slugs[model] = set(model.objects.values_list("slug", flat=True))
        return self._slugs[model]

    def _remember(self, plans):
        if self.dry_run:
            return
        for plan in plans:
            self._known_record(plan.key)
            self._records[plan.key] = (plan.digest, plan.page.pk)
            self._slugs_of(type(plan.page)).add(plan.page.slug)

    # Batches: new pages are written a few hundred at a time, in a dozen queries.

    def start_batch(self):
        self._batch, self._batch_keys = [], set()

    def flush(self):
        """Write the pending new pages; should that fail, write them one by one so that only
        the lines at fault are reported."""
        if not self._batch:  # nothing waits (or not batching at all)
            return
        batch, self._batch, self._batch_keys = self._batch, [], set()
        try:
            with transaction.atomic():
                write_new_pages(batch, self._parent)
            self._remember(batch)
        except Exception:
            logger.exception("batch write failed, writing its pages one by one")
            for plan in batch:
                try:
                    self._written = []
                    with transaction.atomic():
                        plan.page.pk = plan.page.id = None
                        self._write(plan)
                    self._remember(self._written)
                except Exception as error:
                    self.report.created -= 1
                    self._fail(plan.number, f"unexpected error: {error}")
        if self.on_written:
            self.on_written(batch)

    def _existing_page(self, model, page_id, slug, source_url):
        if page_id:
            page = model.objects.filter(pk=page_id).first()
            if page:
                return page
        french = model.objects.filter(locale_id=default_locale_id())
        page = french.filter(slug=slug).first() if slug in self._slugs_of(model) else None
        if page is None and source_url:
            redirect = Redirect.objects.filter(
                old_path=Redirect.normalise_path(source_url), site=None
            ).first()
            if redirect and redirect.redirect_page_id:
                page = model.objects.filter(pk=redirect.redirect_page_id).first()
        return page

    @staticmethod
    def _redirect(source_url, page):
        """A permanent redirect from the item's old address, whatever host it named."""
        Redirect.objects.update_or_create(
            old_path=Redirect.normalise_path(source_url),
            site=None,
            defaults={"redirect_page": page, "is_permanent": True},
        )


def _default_title(kind, item):
    """Country groups may come without a title: "Groupe-pays <country>"."""
    found = country(item.get("country", "")) if kind == "country_group" else None
    return f"groupe-pays-{found.slug}" if found else ""


# Keys whose text is a file's path, at any depth of a line (a body's figures, a gallery).
FILE_KEYS = {"path", "image", "file", "default_image", "logo", "audio", "video", "gallery"}


def _file_paths(value, key=None):
    if isinstance(value, dict):
        for name, inner in value.items():
            yield from _file_paths(inner, name)
    elif isinstance(value, list):
        for inner in value:
            yield from _file_paths(inner, key)
    elif isinstance(value, str) and value and key in FILE_KEYS:
        yield value
