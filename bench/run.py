"""`make bench`: throughput, latency and SQL queries of the portal at scale, beside nginx.

1. A scale database (100,000 news, 10,000 events, 20,000 resources; `portail demo --scale`),
   made once under var/bench/ and reused, and a small one (1,000 news) for query counts.
2. SQL queries per page at 1k and at 100k (Django's test client, in process).
3. Search latency at 100k on SQLite and PostgreSQL: 200 different queries in process, each
   asked once, then each asked again for its second page (bench/search_latency.py).
4. CPU per uncached render in process (home, article, search), and per cached home page for an
   anonymous visitor, a logged-in member and a stale session cookie (bench/cached_hit_cpu.py).
5. The production server (`portail serve`, gunicorn, 2 workers) on 127.0.0.1, measured with
   wrk for each page, page cache off then on; nginx serving the same HTML bytes from disk,
   side by side in the same run; the workers' memory after each.
6. `portail import` of 10,000 news with a PDF each, on SQLite and on PostgreSQL.
Writes docs/PERFORMANCE.md. Environment: BENCH_SECONDS (default 8), BENCH_DATABASE_URL (the
PostgreSQL scale database, made once and reused; default on the local server; "" to skip
PostgreSQL), BENCH_IMPORT (default 10000; 0 to skip the imports).
"""

import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import time
import timeit
import urllib.request
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = ROOT / ".venv" / "bin"
WORK = ROOT / "var" / "bench"
SECONDS = int(os.environ.get("BENCH_SECONDS", "8"))
PURGE_MODULE = "/usr/lib/nginx/modules/ngx_http_cache_purge_module.so"
FRONT_PORT = 8104
PAGES = ["home", "article", "listing", "listing_last", "agenda", "search"]
PG_SERVER = "postgres://postgres@127.0.0.1:5432"
PG_SCALE = os.environ.get("BENCH_DATABASE_URL", f"{PG_SERVER}/portail_bench")
IMPORTED = int(os.environ.get("BENCH_IMPORT", "10000"))
SCALE = {"news": 100_000, "events": 10_000, "resources": 20_000}
# A gthread worker accepts every connection it can: wrk's 16, opened at once and kept, may all
# go to one worker while the other waits (0 ticks of CPU in 8 s), one core serving the row.
# Below this share of the CPU for the less busy worker, the row is measured again.
ONE_WORKER = 0.1


def machine_speed():
    """Milliseconds for a fixed piece of pure Python, best of five: figures in ms of two runs
    compare only beside it (on one machine it moved between 19 and 31 ms within a minute)."""
    return min(timeit.repeat("sum(range(10**6))", number=10, repeat=5)) / 10 * 1000


def portail(*args, database, env=None, **kwargs):
    environment = {**os.environ, "DATABASE_URL": database, **(env or {})}
    return subprocess.run([BIN / "portail", *args], env=environment, check=True, **kwargs)


def ensure_database(database, counts, label):
    marker = WORK / f"{label}.done"
    if marker.exists():
        portail("migrate", "-v0", database=database)  # made by an earlier version: bring it up
        return None
    if database.startswith("postgres"):  # left by another checkout: made again, not added to
        drop_postgres_database(database)
    started = time.monotonic()
    portail("ensuredb", database=database)
    portail("migrate", "-v0", database=database)
    options = [f"--{name}={count}" for name, count in counts.items()]
    portail("demo", *options, database=database, stdout=subprocess.DEVNULL)
    elapsed = time.monotonic() - started
    marker.write_text(f"{elapsed:.0f}")
    return elapsed


def in_process(database, code):
    """Run `code` (which prints) in a Django shell on `database`, page cache off."""
    return portail(
        "shell", "--no-imports", "-c", code, database=database, env={"PAGE_CACHE": "false"},
        capture_output=True, text=True,
    ).stdout  # fmt: skip


URLS_CODE = """
from portail.news.models import NewsPage
from urllib.parse import quote
live = NewsPage.objects.live()
count = live.count()
middle = live.order_by("pk")[count // 2]
print("home /")
print("article", middle.url)
print("listing /actualites/")
print("listing_last", f"/actualites/?page={(count - 1) // 10 + 1}")
print("agenda /agenda/")
print("search /recherche/?q=" + quote("jumelage Mali"))
"""

QUERIES_CODE = """
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client()
for line in '''URLS'''.strip().splitlines():
    name, url = line.split(" ", 1)
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        status = client.get(url).status_code
    print(name, len(queries), status)
"""

RENDER_CODE = """
import time
from django.test import Client
client = Client()
for line in '''URLS'''.strip().splitlines():
    name, url = line.split(" ", 1)
    client.get(url)
    timings = []
    for _ in range(30):
        started = time.process_time()
        client.get(url)
        timings.append((time.process_time() - started) * 1000)
    print(name, round(min(timings), 1))
"""


def page_urls(database):
    output = in_process(database, URLS_CODE)
    return dict(line.split(" ", 1) for line in output.strip().splitlines())


def query_counts(database, urls):
    text = "\n".join(f"{name} {url}" for name, url in urls.items())
    output = in_process(database, QUERIES_CODE.replace("URLS", text))
    return {line.split()[0]: int(line.split()[1]) for line in output.strip().splitlines()}


def render_cpu(database, urls):
    """CPU ms of the fastest of 30 uncached renders of each page, in process."""
    text = "\n".join(f"{name} {url}" for name, url in urls.items())
    output = in_process(database, RENDER_CODE.replace("URLS", text))
    return {line.split()[0]: float(line.split()[1]) for line in output.strip().splitlines()}


def script(name, database, env=None):
    """Output of one of bench/'s scripts run against `database`."""
    environment = {**os.environ, "DATABASE_URL": database, "PAGE_CACHE": "false", **(env or {})}
    return subprocess.run(
        [BIN / "python", ROOT / "bench" / name], env=environment, capture_output=True,
        text=True, check=True,
    ).stdout  # fmt: skip


def search_latency(database):
    output = script("search_latency.py", database, env=production(page_cache=False))
    return json.loads(output.strip().splitlines()[-1])


# bakerydemo (github.com/wagtail/bakerydemo at 5a01dcd: Wagtail 7.2, Django 5.2, its demo
# data, DEBUG off, SQLite) measured by bench/render_instructions.py on this machine, 2026-11-30:
# millions of instructions per render of its home page, a blog page and a search.
REFERENCE_INSTRUCTIONS = {"home": 197.3, "article": 93.4, "search": 120.8}


def production(page_cache):
    """The environment of the production settings, static files collected."""
    return {"DJANGO_SETTINGS_MODULE": "portail.settings.production", "SECRET_KEY": "bench-only",
            "HTTPS": "off", "PAGE_CACHE": str(page_cache).lower(),
            "PORTAIL_VAR_DIR": str(WORK / "var-hits"), "LOG_LEVEL": "WARNING"}  # fmt: skip


def cached_hits(database):
    """CPU µs per cached home page: anonymous, member, stale cookie (production settings)."""
    output = script("cached_hit_cpu.py", database, production(page_cache=True))
    return {
        name: float(value)
        for name, value in re.findall(r"cached home, ([\w ]+), CPU per request: min (\d+)", output)
    }


def render_instructions(database, urls):
    """Millions of instructions per uncached render (callgrind; production settings)."""
    names = {path: name for name, path in urls.items()}
    output = subprocess.run(
        [BIN / "python", ROOT / "bench" / "render_instructions.py", *urls.values()],
        env={**os.environ, "DATABASE_URL": database, **production(page_cache=False)},
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    return {
        names[line.rsplit(" ", 1)[0]]: float(line.rsplit(" ", 1)[1]) for line in output.splitlines()
    }


def postgres_admin():
    import psycopg

    url = f"{PG_SERVER}/postgres".replace("postgres://", "postgresql://")
    return psycopg.connect(url, autocommit=True, connect_timeout=5)


def drop_postgres_database(url):
    with postgres_admin() as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {url.rsplit('/', 1)[1]}")


def postgres_reachable():
    try:
        postgres_admin().close()
    except Exception:  # psycopg's OperationalError: psycopg is imported only when needed
        return False
    return True


def import_seconds(database_url=None):
    """`portail import` of IMPORTED news with a PDF each into a new portal (bench/import_bench.py)."""
    if database_url:
        drop_postgres_database(database_url)
    command = [BIN / "python", ROOT / "bench" / "import_bench.py", str(IMPORTED)]
    output = subprocess.run(
        command + ([database_url] if database_url else []), capture_output=True, text=True,
        cwd=ROOT / "bench", check=True,
    ).stdout  # fmt: skip
    return float(re.search(r"\| ([\d.]+) s \|", output).group(1))


def wrk(url, seconds=SECONDS):
    output = subprocess.run(
        ["wrk", "-t2", "-c16", f"-d{seconds}s", "--latency", url],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    latency = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", output, re.MULTILINE))
    return rate, latency.get("50", "?"), latency.get("99", "?")


class Server:
    def __init__(self, database, port, page_cache, front=False):
        environment = {
            **os.environ,
            "DATABASE_URL": database,
            "DJANGO_SETTINGS_MODULE": "portail.settings.production",
            "SECRET_KEY": "bench-only",
            "HTTPS": "off",
            "PAGE_CACHE": "true" if page_cache else "false",
            "PORTAIL_VAR_DIR": str(WORK / f"var-{port}"),
            "MEDIA_ROOT": str(ROOT / "var" / "media"),
            "LOG_LEVEL": "WARNING",
            # Behind nginx, the portal purges it (and keeps no hot pages of its own).
            "FRONT_CACHE_PURGE_URL": f"http://127.0.0.1:{FRONT_PORT}/purge" if front else "",
        }
        self.database, self.env = database, environment
        self.url = f"http://127.0.0.1:{port}"
        self.process = subprocess.Popen(
            [BIN / "portail", "serve", "--port", str(port), "--workers", "2", "--no-scheduler"],
            env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True,
        )  # fmt: skip
        for _ in range(240):
            try:
                urllib.request.urlopen(self.url + "/", timeout=2)
                break
            except OSError:
                time.sleep(0.5)
        else:
            raise RuntimeError("the server did not start")
        # One worker answers while the other may still be loading: the first page measured
        # would be served by one (home, cached, 1,683 req/s in one run, 3,400–5,000 others).
        wrk(self.url + "/", seconds=3)

    def workers(self):
        return subprocess.run(
            ["pgrep", "-P", str(self.process.pid)], capture_output=True, text=True
        ).stdout.split()

    def worker_cpu(self):
        """CPU clock ticks (user + system) each worker has used, read from /proc."""
        ticks = {}
        for pid in self.workers():
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            ticks[pid] = int(fields[11]) + int(fields[12])  # utime, stime
        return ticks

    def measure(self, path):
        """wrk on `path`, and the share of the CPU the less busy worker took meanwhile."""
        before = self.worker_cpu()
        measured = wrk(self.url + path)
        after = self.worker_cpu()
        spent = [after[pid] - before.get(pid, 0) for pid in after]
        return measured, (min(spent) / sum(spent) if len(spent) > 1 and sum(spent) else 0)

    def worker_memory(self):
        """(RSS, PSS) in MB of the largest gunicorn worker, read from /proc."""
        found = []
        for pid in self.workers():
            try:
                rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
            except OSError:
                continue
            values = dict(re.findall(r"^(Rss|Pss):\s+(\d+) kB", rollup, re.MULTILINE))
            found.append((int(values["Rss"]) / 1024, int(values["Pss"]) / 1024))
        return max(found) if found else (0, 0)

    def stop(self):
        os.killpg(self.process.pid, signal.SIGTERM)
        self.process.wait(timeout=30)


def nginx(folder, static_port, proxy_port, upstream):
    """nginx serving the saved pages from disk on one port, and on another the front cache of
    docs/DEPLOY.md in front of the portal, with its purge location."""
    cache = folder / "nginx-cache"
    shutil.rmtree(cache, ignore_errors=True)
    cache.mkdir()
    config = folder / "nginx.conf"
    config.write_text(
        f"load_module {PURGE_MODULE};\n"
        f"daemon off; worker_processes 2; pid {folder}/nginx.pid; error_log {folder}/error.log;\n"
        "events { worker_connections 1024; }\n"
        f"http {{ access_log off; proxy_cache_path {cache} levels=1:2 keys_zone=pages:10m;\n"
        f"server {{ listen 127.0.0.1:{static_port}; root {folder}/html;\n"
        "  location / { default_type text/html; } }\n"
        f"server {{ listen 127.0.0.1:{proxy_port};\n"
        "  location ~ ^/purge(/.*)$ { allow 127.0.0.1; deny all;\n"
        "    proxy_cache_purge pages $host$1$is_args$args; }\n"
        f"  location / {{ proxy_pass {upstream}; proxy_set_header Host $host;\n"
        "    proxy_cache pages; proxy_cache_key $host$request_uri; proxy_cache_lock on;\n"
        "    proxy_cache_bypass $cookie_sessionid $cookie_messages; proxy_no_cache $cookie_sessionid $cookie_messages; } } }\n"
    )
    return subprocess.Popen(["nginx", "-c", str(config)], start_new_session=True)


PROBE_CODE = """
from portail.news.models import NewsIndex, NewsPage
from portail.core.services import page_publish
page_publish(NewsIndex.objects.get(locale__language_code="fr"), NewsPage(title="Publiée pendant la mesure TOKEN", slug="mesure-TOKEN"))
"""


def publication_shows_through_the_front_cache(server, front):
    """Through nginx: the listing cached, an article published, the next request shows it."""
    before = urllib.request.urlopen(front + "/actualites/").read()
    again = urllib.request.urlopen(front + "/actualites/").read()
    token = str(time.time_ns())
    code = PROBE_CODE.replace("TOKEN", token)
    portail("shell", "--no-imports", "-c", code, database=server.database, env=server.env)
    after = urllib.request.urlopen(front + "/actualites/").read().decode()
    return before == again and f"Publiée pendant la mesure {token}" in after


def behind_nginx(database, urls):
    """The portal behind the nginx front cache it purges, beside nginx serving the same bytes
    from disk; and a publication made during the run, seen on the next request."""
    results = {}
    server = Server(database, 8105, page_cache=True, front=True)
    proxy = nginx(WORK, 8103, FRONT_PORT, server.url)
    try:
        time.sleep(1)
        for name, path in urls.items():
            results[(name, "nginx")] = wrk(f"http://127.0.0.1:8103/{name}.html")
            results[(name, "front")] = wrk(f"http://127.0.0.1:{FRONT_PORT}{path}")
        results["probe"] = publication_shows_through_the_front_cache(
            server, f"http://127.0.0.1:{FRONT_PORT}"
        )
    finally:
        os.killpg(proxy.pid, signal.SIGTERM)
        server.stop()
    return results


def main():
    for tool in ("wrk", "nginx"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing: `make bench` installs Debian's wrk and nginx-light.")
    if not Path(PURGE_MODULE).exists():
        sys.exit("nginx's purge module is missing: `make bench` installs it.")
    WORK.mkdir(parents=True, exist_ok=True)
    speed = machine_speed()
    large = f"sqlite:///{WORK / 'scale.sqlite3'}"
    small = f"sqlite:///{WORK / 'small.sqlite3'}"
    if PG_SCALE and not postgres_reachable():
        sys.exit(f"PostgreSQL is not reachable at {PG_SERVER}: BENCH_DATABASE_URL= skips it.")
    made = ensure_database(large, SCALE, "scale")
    ensure_database(small, {"news": 1000, "events": 100, "resources": 200}, "small")
    generation = made if made is not None else float((WORK / "scale.done").read_text())

    # Static files collected for the production settings of what follows.
    portail("collectstatic", "--noinput", "-v0", database=large, env=production(page_cache=False))
    urls_large, urls_small = page_urls(large), page_urls(small)
    counts = {"1k": query_counts(small, urls_small), "100k": query_counts(large, urls_large)}
    renders = render_cpu(large, {name: urls_large[name] for name in ("home", "article", "search")})
    searches = {"SQLite": search_latency(large)}
    if PG_SCALE:
        ensure_database(PG_SCALE, SCALE, "pg")
        searches["PostgreSQL"] = search_latency(PG_SCALE)
    hits = cached_hits(large)
    instructions = render_instructions(
        large, {name: urls_large[name] for name in ("home", "article", "search")}
    )

    results, one_worker = {}, {}
    for cached, port in ((False, 8101), (True, 8102)):
        server = Server(large, port, cached)
        try:
            for name, path in urls_large.items():
                if cached:
                    urllib.request.urlopen(server.url + path).read()  # fill the cache
                results[(name, cached)], share = server.measure(path)
                if share < ONE_WORKER:
                    one_worker[(name, cached)] = results[(name, cached)][0]
                    results[(name, cached)], share = server.measure(path)
                if cached:
                    html = urllib.request.urlopen(server.url + path).read()
                    (WORK / "html").mkdir(exist_ok=True)
                    (WORK / "html" / f"{name}.html").write_bytes(html)
            results[("memory", cached)] = server.worker_memory()
        finally:
            server.stop()
    results.update(behind_nginx(large, urls_large))
    imports = {}
    if IMPORTED:
        imports["SQLite"] = import_seconds()
        if PG_SCALE:
            imports["PostgreSQL"] = import_seconds(f"{PG_SERVER}/portail_import_bench")
    measured = {"renders": renders, "hits": hits, "imports": imports, "instructions": instructions,
                "one_worker": one_worker, "speed": (speed, machine_speed())}  # fmt: skip
    write_report(urls_large, counts, searches, results, generation, measured)


def write_report(urls, counts, searches, results, generation, measured):
    versions = subprocess.run(
        [BIN / "python", "-c", "import django, wagtail; print(django.__version__, wagtail.__version__)"],
        capture_output=True, text=True,
    ).stdout.split()  # fmt: skip
    nginx_version = subprocess.run(["nginx", "-v"], capture_output=True, text=True).stderr.strip()
    lines = [
        "# Performance",
        "",
        f"Measured by `make bench` (bench/run.py) on {datetime.now():%Y-%m-%d %H:%M}: "
        f"{platform.node()}, {os.cpu_count()} CPU, Python {platform.python_version()}, "
        f"Django {versions[0]}, Wagtail {versions[1]}, {nginx_version}, wrk (2 threads, 16 "
        f"connections, {SECONDS} s per row). Scale database (SQLite): 100,000 news, 10,000 "
        f"events, 20,000 resources, generated by `portail demo --scale` in {generation:.0f} s. "
        "This machine's speed, `sum(range(10**6))` in ms, best of 5 (bench/run.py, "
        "`machine_speed`): {:.1f} at the start, {:.1f} at the end; figures in ms compare "
        "between runs only beside it.".format(*measured["speed"]),
        "",
        "## Throughput and latency (production server, 2 gunicorn workers, SQLite at 100k)",
        "",
        "| page | uncached req/s | p50 | p99 | app cache req/s | p50 | p99 | nginx front cache req/s | p99 | nginx, same bytes from disk req/s | front ÷ disk |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name in urls:
        u, c = results[(name, False)], results[(name, True)]
        f, n = results[(name, "front")], results[(name, "nginx")]
        lines.append(
            f"| {name} (`{urls[name]}`) | {u[0]:.0f} | {u[1]} | {u[2]} | {c[0]:.0f} | {c[1]} | "
            f"{c[2]} | {f[0]:.0f} | {f[2]} | {n[0]:.0f} | {f[0] / n[0]:.2f} |"
        )
    if measured["one_worker"]:
        lines += [
            "",
            "Measured again, with both workers serving: "
            + ", ".join(
                f"{name} {'cached' if cached else 'uncached'} ({rate:.0f} req/s the first time)"
                for (name, cached), rate in measured["one_worker"].items()
            )
            + f" — wrk's connections had all gone to one worker (the other under "
            f"{ONE_WORKER:.0%} of the CPU).",
        ]
    lines += [
        "",
        "## SQL queries per page (uncached render, second request)",
        "",
        "| page | 1k news | 100k news |",
        "|---|---|---|",
    ]
    for name in urls:
        lines.append(f"| {name} | {counts['1k'].get(name)} | {counts['100k'].get(name)} |")
    probe = "yes" if results.get("probe") else "NO"
    lines += [
        "",
        f"A publication made during the run showed through the nginx front cache on the next "
        f"request (purged by the portal): **{probe}**.",
    ]
    memory = [results.get(("memory", cached), (0, 0)) for cached in (False, True)]
    lines += [
        "",
        f"Largest gunicorn worker after the uncached run: {memory[0][0]:.0f} MB resident "
        f"({memory[0][1]:.0f} MB proportional, shared pages split); after the cached run: "
        f"{memory[1][0]:.0f} MB ({memory[1][1]:.0f} MB).",
    ]
    lines += [
        "",
        "## Search latency at 100k (in process, page cache off; bench/search_latency.py)",
        "",
        "200 different queries (common words alone, subjects, subjects and countries, without",
        "accents, quoted, with OR, words nothing holds), each asked once, then each asked again",
        "for its second page of results.",
        "",
        "| database | first time p50 ms | p95 ms | again p50 ms | p95 ms | queries |",
        "|---|---|---|---|---|---|",
    ]
    for database, found in searches.items():
        (p50, p95), (again50, again95) = found["first"], found["again"]
        lines.append(f"| {database} | {p50} | {p95} | {again50} | {again95} | {found['queries']} |")
    renders, hits = measured["renders"], measured["hits"]
    lines += [
        "",
        "## CPU per page, in process (SQLite at 100k)",
        "",
        "Uncached, fastest of 30 renders: "
        + ", ".join(f"{name} {value} ms" for name, value in renders.items())
        + ". Cached home page (bench/cached_hit_cpu.py, production settings): "
        + ", ".join(f"{name} {value:.0f} µs" for name, value in hits.items())
        + (
            f" (member ÷ anonymous: {hits['member'] / hits['anonymous']:.2f})."
            if hits.get("anonymous")
            else "."
        ),
    ]
    lines += [
        "",
        "## Instructions per uncached render (callgrind; bench/render_instructions.py)",
        "",
        "Production settings, SQLite at 100k, the same count whatever else the machine does. "
        "Reference: bakerydemo on this machine (bench/run.py, `REFERENCE_INSTRUCTIONS`).",
        "",
        "| page | millions | reference | ratio |",
        "|---|---|---|---|",
    ]
    for name, value in measured["instructions"].items():
        reference = REFERENCE_INSTRUCTIONS.get(name)
        ratio = f"{value / reference:.2f}" if reference else "–"
        lines.append(f"| {name} | {value:.1f} | {reference or '–'} | {ratio} |")
    if measured["imports"]:
        lines += ["", f"## `portail import` of {IMPORTED:,} news with a PDF each", ""]
        lines += ["| database | seconds |", "|---|---|"]
        for database, seconds in measured["imports"].items():
            lines.append(f"| {database} | {seconds:.1f} |")
    report = ROOT / "docs" / "PERFORMANCE.md"
    existing = report.read_text() if report.exists() else ""
    analysis = (
        existing.split("<!-- analysis -->", 1)[1] if "<!-- analysis -->" in existing else "\n"
    )
    report.write_text("\n".join(lines) + "\n\n<!-- analysis -->" + analysis)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
