"""`portail serve`: the production server as `make run` starts it, on a throwaway folder."""

import os
import re
import socket
import subprocess
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from .served import demo_copy, free_port, production_env, served, wait_until_listening

pytestmark = pytest.mark.e2e


def _get(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.status, response.headers, response.read()


def test_serve_migrates_and_serves_with_debug_off_and_hashed_static_files(tmp_path):
    port = free_port()
    env = production_env(tmp_path, f"sqlite:///{tmp_path / 'portail.sqlite3'}")
    with served(env, port) as server:
        wait_until_listening(server, port)
        status, headers, body = _get(f"http://127.0.0.1:{port}/")
        html = body.decode()
        assert status == 200
        assert "<title>" in html and "Portail" in html
        stylesheet = re.search(r'href="(/static/css/portail\.[0-9a-f]{12}\.css)"', html)
        assert stylesheet, "static files are served under hashed names"
        status, headers, _ = _get(f"http://127.0.0.1:{port}{stylesheet.group(1)}")
        assert status == 200
        assert "max-age=315360000" in headers.get("Cache-Control", "")
        try:
            _get(f"http://127.0.0.1:{port}/n-existe-pas/")
        except urllib.error.HTTPError as error:
            assert error.code == 404
            assert "Traceback" not in error.read().decode()  # DEBUG is off
        scheduler = subprocess.run(
            ["pgrep", "-f", "portail.cli scheduler", "-s", str(os.getsid(server.pid))],
            capture_output=True,
            text=True,
        )
        assert scheduler.stdout.strip(), "the scheduler runs beside the server"
        gunicorn = subprocess.run(
            ["pgrep", "-f", "portail.server", "-s", str(os.getsid(server.pid))],
            capture_output=True,
            text=True,
        ).stdout.split()
        assert len(gunicorn) == 3, "the master and its two workers"
        for pid in gunicorn:
            maps = Path(f"/proc/{pid}/maps").read_text()
            assert "psycopg" not in maps, "a worker on SQLite loads no PostgreSQL driver"


SLOW_CLIENTS = 8


def _slowloris(port, stop):
    """A client that sends its request one header line every two seconds, never finishing."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        number = 0
        while not stop.wait(2):
            number += 1
            try:
                sock.sendall(f"X-Slow-{number}: {'a' * 10}\r\n".encode())
            except OSError:
                return


def test_slow_clients_do_not_make_the_site_unreachable(demo, tmp_path):
    """Without nginx in front, clients that send their headers slowly must not hold the
    workers: twice the four that made the site unreachable for 40 s with sync workers. One
    worker, the worst case of the default two: the kernel may hand every slow client to the
    same worker, whose threads must still serve everybody else."""
    port = free_port()
    env = demo_copy(demo, tmp_path / "var")
    with served(env, port, "--workers", "1") as server:
        wait_until_listening(server, port)
        _get(f"http://127.0.0.1:{port}/robots.txt")  # the workers booted
        stop = threading.Event()
        slow = [threading.Thread(target=_slowloris, args=(port, stop)) for _ in range(SLOW_CLIENTS)]
        for thread in slow:
            thread.start()
        time.sleep(1)
        latencies = []
        try:
            for _ in range(30):
                began = time.monotonic()
                status, _, _ = _get(f"http://127.0.0.1:{port}/compte/connexion/")
                latencies.append(time.monotonic() - began)
                assert status == 200
                time.sleep(0.5)
        finally:
            stop.set()
            for thread in slow:
                thread.join()
        print(f"{SLOW_CLIENTS} slow clients: 30 requests, slowest answer {max(latencies):.3f} s")
        assert max(latencies) < 5, "a visitor waited behind the slow clients"
