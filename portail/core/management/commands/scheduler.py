import signal
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections

from portail.core.mail import retry_pending_mail

INTERVAL_SECONDS = 60


class Command(BaseCommand):
    help = (
        "Run what must happen on a clock (scheduled publishing, mails waiting for the mail "
        "server) every minute, until stopped."
    )

    def handle(self, *args, **options):
        running = True

        def stop(signum, frame):
            nonlocal running
            running = False

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        tasks = {
            "publish_scheduled": lambda: call_command("publish_scheduled", verbosity=0),
            "retry_pending_mail": retry_pending_mail,
        }
        while running:
            for name, task in tasks.items():
                try:
                    task()
                except Exception as error:  # keep the clock ticking; the error is logged
                    self.stderr.write(f"{name}: {error}")
            close_old_connections()
            deadline = time.monotonic() + INTERVAL_SECONDS
            while running and time.monotonic() < deadline:
                time.sleep(1)
