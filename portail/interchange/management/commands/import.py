import sys

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from tqdm import tqdm

from portail.core.bulk import deferred_indexing
from portail.interchange.importer import Importer

BATCH_LINES = 500


class Command(BaseCommand):
    help = "Import a JSON Lines interchange file (see docs/IMPORT.md). Bad lines are reported and skipped."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument(
            "--dry-run", action="store_true", help="Check every line, write nothing."
        )

    def handle(self, *args, file, dry_run, **options):
        try:
            lines = list(Importer(file).lines())
        except OSError as error:
            raise CommandError(f"cannot read {file}: {error}") from error
        on_terminal = sys.stderr.isatty()
        with deferred_indexing() as index_later:
            importer = Importer(
                file, dry_run=dry_run, on_written=lambda plans: index_later(p.page for p in plans)
            )
            importer.start_batch()
            with tqdm(
                total=len(lines), unit="ligne", disable=not on_terminal, file=sys.stderr
            ) as bar:
                for start in range(0, len(lines), BATCH_LINES):
                    # One transaction a batch, one savepoint a line: a bad line still
                    # leaves nothing behind, and the database syncs to disk once a batch.
                    with transaction.atomic():
                        for count, (number, raw) in enumerate(
                            lines[start : start + BATCH_LINES], start=start + 1
                        ):
                            self._import(importer, number, raw, on_terminal)
                            bar.update()
                            if not on_terminal and count % 1000 == 0:
                                self.stdout.write(f"{count}/{len(lines)} lines")
                        importer.flush()
        prefix = "dry run — " if dry_run else ""
        self.stdout.write(f"{prefix}{importer.report.summary()}")
        if importer.report.failed:
            raise CommandError(f"{importer.report.failed} line(s) failed", returncode=1)

    def _import(self, importer, number, raw, on_terminal):
        failures = importer.report.failed
        importer.import_line(number, raw)
        for error in importer.report.errors[failures:]:
            if on_terminal:
                tqdm.write(error, file=sys.stderr)
            else:
                self.stderr.write(error)
