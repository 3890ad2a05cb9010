from django.core.management.base import BaseCommand

from ...personal_data import account_of, erase, export_json


class Command(BaseCommand):
    help = (
        "Answer a request about personal data (RGPD) received by mail: print everything the "
        "portal keeps about an address (export), or erase it (erase)."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["export", "erase"])
        parser.add_argument("email")

    def handle(self, action, email, **options):
        if action == "export":
            self.stdout.write(export_json(email))
            return
        had_account = account_of(email) is not None
        erase(email)
        account = "its account and " if had_account else ""
        self.stdout.write(f"Erased {account}everything kept about {email}.")
