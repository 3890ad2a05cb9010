import subprocess
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from gunicorn.app.base import BaseApplication


class PortailServer(BaseApplication):
    def __init__(self, options):
        self.options = options
        super().__init__()

    def load_config(self):
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        from portail.wsgi import application

        return application


class Command(BaseCommand):
    help = (
        "Migrate, collect static files, then serve the portal with gunicorn and run the scheduler."
    )

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--workers", type=int, default=2)
        parser.add_argument("--no-scheduler", action="store_true", help="Another machine runs it.")

    def handle(self, *args, host, port, workers, no_scheduler, **options):
        call_command("migrate", interactive=False, verbosity=0)
        call_command("collectstatic", interactive=False, verbosity=0)
        scheduler = None
        if not no_scheduler:
            # A separate process: a thread in gunicorn's arbiter would share database
            # connections with the workers it forks.
            scheduler = subprocess.Popen([sys.executable, "-m", "portail.cli", "scheduler"])

        def stop_scheduler(arbiter):
            if scheduler and scheduler.poll() is None:
                scheduler.terminate()
                scheduler.wait(timeout=10)

        self.stdout.write(
            f"Portail : http://{host}:{port}/  (administration : http://{host}:{port}/admin/)"
        )
        PortailServer(
            {
                "bind": f"{host}:{port}",
                "workers": workers,
                "worker_class": "sync",
                "max_requests": 5000,
                "max_requests_jitter": 500,
                "timeout": 60,
                "accesslog": "-" if settings.DEBUG else None,
                "on_exit": stop_scheduler,
            }
        ).run()
