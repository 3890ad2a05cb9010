import os
import subprocess
import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


def portail_commands(*commands):
    """Run `portail` commands side by side, each in a process of its own, to their ends."""
    running = [
        (command, subprocess.Popen([sys.executable, "-m", "portail.cli", *command]))
        for command in commands
    ]
    ended = [(command, process.wait()) for command, process in running]
    for command, returncode in ended:
        if returncode:
            raise CommandError(f"portail {' '.join(command)} failed ({returncode}).")


class Command(BaseCommand):
    help = (
        "Migrate, collect static files, then serve the portal with gunicorn and run the scheduler."
    )
    requires_system_checks = []  # `migrate` runs them

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        # Their defaults are the server's (portail/server.py), which this command runs.
        parser.add_argument("--workers", type=int, help="Processes serving requests.")
        parser.add_argument(
            "--threads",
            type=int,
            help="Requests each worker serves at once: slow clients hold a thread, not a worker.",
        )
        parser.add_argument("--no-scheduler", action="store_true", help="Another machine runs it.")

    def handle(self, *args, host, port, workers, threads, no_scheduler, **options):
        # The database and the static files have nothing in common. Side by side, a first
        # start on a slow machine took 79 s instead of 87 (the compression already keeps both
        # cores busy); a later one, with nothing to migrate nor compress, 8-10 s.
        portail_commands(("migrate", "--noinput", "-v0"), ("collectstatic", "--noinput", "-v0"))
        self.stdout.write(
            f"Portail : http://{host}:{port}/  (administration : http://{host}:{port}/admin/)"
        )
        self.stdout.flush()
        # This process loaded Django; the server's master must not (portail/server.py), so
        # it replaces this process with a fresh interpreter.
        command = [sys.executable, "-m", "portail.server", "--host", host, "--port", str(port)]
        command += ["--workers", str(workers)] * bool(workers)
        command += ["--threads", str(threads)] * bool(threads)
        command += ["--access-log"] * settings.DEBUG + ["--no-scheduler"] * no_scheduler
        os.execv(sys.executable, command)
