"""The production server: gunicorn, whose master process never loads Django.

Whatever the master holds when it forks, every worker inherits: a database connection (one
socket then carries the queries of several processes and answers cross between requests),
a cache client, a static files manifest read before `collectstatic` wrote it. So the master
only binds the port and watches the workers; each worker loads the portal for itself
(`load()` runs after the fork), and `portail serve` prepares the database and static files
in processes of their own before it hands over to this one."""

import argparse
import gc
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

from gunicorn.app.base import BaseApplication

# A worker recycles itself after about this many requests (a guard against slow leaks); each
# worker gets its own share of the spread, so that they never restart together under load.
# A restart costs a second of loading and a cold local cache: at the 3,000 cached pages a
# second two workers serve here, 20,000 restarted one every 6 s and made the whole tail.
MAX_REQUESTS = 200_000


def django_not_loaded(server, worker):
    """pre_fork hook: the guarantee above, checked before every fork."""
    if "django.apps" in sys.modules and sys.modules["django.apps"].apps.ready:
        raise RuntimeError("The server's master loaded Django: its workers would share its state.")


def stagger_recycling(server, worker):
    """post_fork hook: worker n of N recycles after MAX_REQUESTS * (1 + n/N) requests."""
    slot = worker.age % server.num_workers
    worker.max_requests = MAX_REQUESTS + MAX_REQUESTS * slot // server.num_workers


class RenderingThreads:
    """The portal runs in `count` threads of each worker, whichever of its threads received
    the request. Those are there for slow clients (one reading a request or an answer holds
    one); under the GIL more renders at once go no faster, and each thread that renders keeps
    a database connection of its own (2 MB each on SQLite at 100k, 16 threads: +30 MB) and the
    memory of its last render. The answer is read in the rendering thread, which then closes
    it (Django's request_finished, for that thread's connection); a file or a stream is sent
    by the receiving thread, without holding a rendering one."""

    def __init__(self, application, count):
        self.application = application
        self.pool = ThreadPoolExecutor(count, thread_name_prefix="render")

    def __call__(self, environ, start_response):
        return self.pool.submit(self.render, environ, start_response).result()

    def render(self, environ, start_response):
        response = self.application(environ, start_response)
        if getattr(response, "streaming", None) is not False:
            return response
        try:
            return [b"".join(response)]
        finally:
            response.close()


def leave_out_postgres_driver():
    """In a worker on SQLite, psycopg is marked absent before Django loads: nothing there
    talks to PostgreSQL, yet Django REST framework (under Wagtail's API) imports it to probe
    for django.contrib.postgres, an optional feature of its own — 11 MB resident a worker,
    with the libraries psycopg's wheel bundles. An import of it then fails at once. The
    address is read by django-environ, as the settings read it (SQLite when there is none)."""
    import environ  # in the worker, as Django: it imports parts of Django

    url = os.environ.get("DATABASE_URL")
    engine = environ.Env.db_url_config(url)["ENGINE"] if url else "sqlite3"
    if "postgresql" not in engine and "postgis" not in engine:
        sys.modules.setdefault("psycopg", None)


class PortailServer(BaseApplication):
    def __init__(self, options):
        self.options = options
        super().__init__()

    def load_config(self):
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        leave_out_postgres_driver()
        from django.conf import settings

        from portail.core.hot_pages import HotPages
        from portail.wsgi import django_application

        # Pages sent again from a worker's memory need no rendering thread: only Django does.
        rendering = RenderingThreads(django_application, RENDERS)
        keep_loaded_objects_from_the_collector()
        return HotPages(rendering, settings.HOT_PAGES_BYTES)


def keep_loaded_objects_from_the_collector():
    """What start-up loaded lives as long as the worker: out of the collector's way, a full
    collection walks only what requests made (220,000 objects fewer: 80–100 ms a collection,
    the slowest searches' whole tail, measured by bench/search_latency.py without it)."""
    gc.collect()
    gc.freeze()


WORKERS = 2
# A worker takes every connection the kernel hands it: its threads must outnumber the slow
# clients it may be given (8 in tests/e2e/test_production_server.py, all on one worker).
THREADS = 16
RENDERS = 2  # threads of a worker running the portal (RenderingThreads)


def parse(argv):
    parser = argparse.ArgumentParser(prog="portail-server")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=WORKERS)
    parser.add_argument("--threads", type=int, default=THREADS)
    parser.add_argument("--access-log", action="store_true")
    parser.add_argument("--no-scheduler", action="store_true")
    return parser.parse_args(argv)


def options(args, on_ready, on_exit):
    """gunicorn's settings for the parsed `args`."""
    return {
        "bind": f"{args.host}:{args.port}",
        "workers": args.workers,
        # Threads: a slow client holds one thread while it sends its request, not a worker.
        "worker_class": "gthread",
        "threads": args.threads,
        "max_requests": MAX_REQUESTS,
        "timeout": 60,
        "accesslog": "-" if args.access_log else None,
        # Each server on the machine would otherwise share one control socket path.
        "control_socket_disable": True,
        "when_ready": on_ready,
        "pre_fork": django_not_loaded,
        "post_fork": stagger_recycling,
        "on_exit": on_exit,
    }


def main(argv=None):
    args = parse(argv)
    # Read by the settings in each worker (the master loads none): smaller database caches for
    # each thread's connection (portail/settings/base.py).
    os.environ.setdefault("PORTAIL_WEB_WORKER", "true")
    scheduler = None

    def start_scheduler(arbiter):
        nonlocal scheduler
        if not args.no_scheduler:
            scheduler = subprocess.Popen([sys.executable, "-m", "portail.cli", "scheduler"])

    def stop_scheduler(arbiter):
        if scheduler and scheduler.poll() is None:
            scheduler.terminate()
            scheduler.wait(timeout=10)

    PortailServer(options(args, start_scheduler, stop_scheduler)).run()


if __name__ == "__main__":
    main()
