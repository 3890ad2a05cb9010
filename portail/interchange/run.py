"""A whole interchange file imported the fast way: new pages written in batches, one
transaction a batch (one savepoint a line), the documents' text read by another process
meanwhile, the search index filled once at the end."""

from contextlib import nullcontext

from django.db import transaction

from portail.core.bulk import deferred_indexing
from portail.documents.text import texts_read_ahead

from .importer import Importer

BATCH_LINES = 500


def import_file(path, dry_run=False, on_line=None, files_dir=None, finish=None):
    """Import `path`; returns the report. `on_line(count, total, new_errors)` is called after
    each line (for progress and for the errors of that line). Files are read relative to
    `files_dir`, by default the file's folder. `finish(register)`, unless a dry run, completes
    the import before the search and reference indexes are filled: what it changes by other
    means than save() it passes to `register`. OSError if the file cannot be read."""
    lines = list(Importer(path).lines())
    with (
        deferred_indexing() as index_later,
        nullcontext() if dry_run else texts_read_ahead() as texts,
    ):
        importer = Importer(
            path,
            dry_run=dry_run,
            on_written=lambda plans: index_later(p.page for p in plans),
            files_dir=files_dir,
        )
        importer.start_batch()
        for start in range(0, len(lines), BATCH_LINES):
            if texts:
                importer.read_ahead(lines[start : start + BATCH_LINES], texts)
            with transaction.atomic():
                for count, (number, raw) in enumerate(
                    lines[start : start + BATCH_LINES], start=start + 1
                ):
                    failures = importer.report.failed
                    importer.import_line(number, raw)
                    if on_line:
                        on_line(count, len(lines), importer.report.errors[failures:])
                importer.flush()
        if finish and not dry_run:
            finish(index_later)
    return importer.report
