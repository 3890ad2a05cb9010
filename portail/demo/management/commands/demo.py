import time

from django.core.management.base import BaseCommand
from django.db import transaction

from portail.core.addresses import absolute_url
from portail.demo.builder import EDITOR_EMAIL, build_demo, site_has_content
from portail.demo.members import MEMBER_EMAIL
from portail.demo.scale import add_scale_content

SCALE = {"news": 100_000, "events": 10_000, "resources": 20_000}


class Command(BaseCommand):
    help = (
        "Fill an empty portal with French demo content and create an editor account; "
        "with --scale (or counts), add generated content at scale for measurements."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            action="store_true",
            help="add 100,000 news, 10,000 events and 20,000 resources",
        )
        for name in SCALE:
            parser.add_argument(f"--{name}", type=int, help=f"number of generated {name}")

    def handle(self, *args, **options):
        counts = {name: options[name] for name in SCALE if options[name] is not None}
        if options["scale"]:
            counts = {**SCALE, **counts}
        if site_has_content() and not counts:
            self.stdout.write(
                "Le portail contient déjà des contenus : démonstration non installée, rien n’a été modifié."
            )
            self.stdout.write(
                f"Comptes de démonstration : {EDITOR_EMAIL} (rédaction), {MEMBER_EMAIL} (adhérent). "
                "Mot de passe oublié : portail changepassword ADRESSE (en ligne de commande), "
                "ou « Mot de passe oublié ? » sur la page de connexion."
            )
            return
        if not site_has_content():
            with transaction.atomic():
                accounts = build_demo()
            self.stdout.write(self.style.SUCCESS("Contenus de démonstration installés."))
            for label, email, password in accounts:
                self.stdout.write(f"{label} : {email} / mot de passe : {password}")
            self.stdout.write(f"Administration : {absolute_url('/admin/')}")
            self.stdout.write(f"Espace adhérents : {absolute_url('/compte/')}")
        if counts:
            started = time.monotonic()
            add_scale_content(
                **{name: counts.get(name, 0) for name in SCALE}, progress=self.stdout.write
            )
            self.stdout.write(
                self.style.SUCCESS(
                    f"Contenus à l’échelle ajoutés en {time.monotonic() - started:.0f} s."
                )
            )
