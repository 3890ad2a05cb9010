from django.core.management.base import BaseCommand, CommandError

from portail.core.backup.snapshot import NotMigrated, backup


class Command(BaseCommand):
    help = (
        "Write the whole site — every table and every media file — to one archive, while the "
        "site runs. Restore it with `portail restore`."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="the archive to write, e.g. portail-2027-01-20.tar")

    def handle(self, archive, **options):
        try:
            backup(archive, log=self.stdout.write)
        except NotMigrated as error:
            raise CommandError(str(error)) from error
