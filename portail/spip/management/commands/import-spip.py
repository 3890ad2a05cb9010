import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from portail.spip.mapping import MappingError
from portail.spip.migrate import migrate
from portail.spip.source import SourceError


class Command(BaseCommand):
    help = (
        "Migrate a SPIP site: its database (mysql://… or sqlite:///…) and IMG/ folder. "
        "Run it again to bring what changed since (docs/SPIP.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "database_url", help="mysql://root@127.0.0.1:3306/spip or sqlite:////path/spip.sqlite"
        )
        parser.add_argument("--img", required=True, help="the site's IMG/ folder")
        parser.add_argument(
            "--site-url", default="", help="the old site's address, for its absolute links"
        )
        parser.add_argument(
            "--mapping", help="a TOML file: rubriques → sections, groups of keywords → tags"
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Say what would happen, write nothing."
        )

    def handle(self, *args, database_url, img, site_url, mapping, dry_run, **options):
        with tqdm(unit="élément", disable=not sys.stderr.isatty(), file=sys.stderr) as bar:

            def on_line(count, total):
                bar.total = total
                bar.update()

            try:
                report = migrate(database_url, img, site_url, mapping, dry_run, on_line=on_line)
            except (SourceError, MappingError) as error:
                raise CommandError(str(error)) from error
        self.stdout.write(report.text())
        if report.failed:
            raise CommandError(f"{len(report.failed)} élément(s) en échec", returncode=1)
