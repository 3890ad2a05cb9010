import sys

from django.core.management.base import BaseCommand, CommandError
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
                for count, (number, raw) in enumerate(lines, start=1):
                    failures = importer.report.failed
                    importer.import_line(number, raw)
                    if count % BATCH_LINES == 0:
                        importer.flush()
                    for error in importer.report.errors[failures:]:
                        if on_terminal:
                            tqdm.write(error, file=sys.stderr)
                        else:
                            self.stderr.write(error)
                    bar.update()
                    if not on_terminal and count % 1000 == 0:
                        self.stdout.write(f"{count}/{len(lines)} lines")
                importer.flush()
        prefix = "dry run — " if dry_run else ""
        self.stdout.write(f"{prefix}{importer.report.summary()}")
        if importer.report.failed:
            raise CommandError(f"{importer.report.failed} line(s) failed", returncode=1)
