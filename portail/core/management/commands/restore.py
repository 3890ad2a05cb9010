from django.core.management.base import BaseCommand, CommandError

from portail.core.backup.archive import ArchiveError
from portail.core.backup.restore import NotEmpty, restore


class Command(BaseCommand):
    help = (
        "Give back the site of a `portail backup` archive in an empty database and media "
        "folder. The archive is checked whole before anything is touched."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="replace what the database and media storage already hold",
        )

    def handle(self, archive, replace, **options):
        try:
            restore(archive, replace=replace, log=self.stdout.write)
        except ArchiveError as error:
            raise CommandError(f"Nothing was restored: {error}") from error
        except NotEmpty as error:
            raise CommandError(f"Nothing was restored: {error}") from error
