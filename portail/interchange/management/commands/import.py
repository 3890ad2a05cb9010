import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from portail.interchange.run import import_file


class Command(BaseCommand):
    help = "Import a JSON Lines interchange file (see docs/IMPORT.md). Bad lines are reported and skipped."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument(
            "--dry-run", action="store_true", help="Check every line, write nothing."
        )

    def handle(self, *args, file, dry_run, **options):
        on_terminal = sys.stderr.isatty()
        with tqdm(unit="ligne", disable=not on_terminal, file=sys.stderr) as bar:

            def on_line(count, total, errors):
                bar.total = total
                bar.update()
                for error in errors:
                    if on_terminal:
                        tqdm.write(error, file=sys.stderr)
                    else:
                        self.stderr.write(error)
                if not on_terminal and count % 1000 == 0:
                    self.stdout.write(f"{count}/{total} lines")

            try:
                report = import_file(file, dry_run=dry_run, on_line=on_line)
            except OSError as error:
                raise CommandError(f"cannot read {file}: {error}") from error
        prefix = "dry run — " if dry_run else ""
        self.stdout.write(f"{prefix}{report.summary()}")
        if report.failed:
            raise CommandError(f"{report.failed} line(s) failed", returncode=1)
