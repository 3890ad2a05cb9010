from django.core.management.base import BaseCommand

from portail.interchange.exporter import Exporter


class Command(BaseCommand):
    help = "Export the content as a JSON Lines interchange file, its files in a sibling folder."

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, file, **options):
        exporter = Exporter(file)
        count = exporter.export()
        self.stdout.write(f"{count} lines written to {file}, files in {exporter.files_dir}")
