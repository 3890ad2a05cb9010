from django.core.management.base import BaseCommand
from django.template.loader import render_to_string

from ...digest import compose, send


class Command(BaseCommand):
    help = "Send the newsletter to its confirmed subscribers (send), or print it (preview)."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["send", "preview"])

    def handle(self, action, **options):
        if action == "preview":
            digest = compose()
            self.stdout.write(render_to_string("emails/newsletter.txt", digest))
            return
        dispatch = send()
        if dispatch is None:
            self.stdout.write("Nothing new since the last newsletter: nothing sent.")
        else:
            self.stdout.write(f"Sent “{dispatch.subject}” to {dispatch.recipients} subscribers.")
