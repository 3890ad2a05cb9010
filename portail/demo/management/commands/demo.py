from django.core.management.base import BaseCommand
from django.db import transaction

from portail.demo.builder import build_demo, site_has_content


class Command(BaseCommand):
    help = "Fill an empty portal with French demo content and create an editor account."

    def handle(self, *args, **options):
        if site_has_content():
            self.stdout.write(
                "Le portail contient déjà des contenus : démonstration non installée, rien n’a été modifié."
            )
            return
        with transaction.atomic():
            email, password = build_demo()
        self.stdout.write(self.style.SUCCESS("Contenus de démonstration installés."))
        self.stdout.write(f"Compte de rédaction : {email}")
        self.stdout.write(f"Mot de passe       : {password}")
        self.stdout.write("Administration     : http://127.0.0.1:8000/admin/")
