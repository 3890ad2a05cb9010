"""`portail serve`: the production server as `make run` starts it, on a throwaway folder."""

import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url):
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.status, response.headers, response.read()


def test_serve_migrates_and_serves_with_debug_off_and_hashed_static_files(tmp_path):
    port = _free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portail.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "HTTPS": "off",
        "PORTAIL_VAR_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'portail.sqlite3'}",
    }
    portail = Path(sys.executable).with_name("portail")
    server = subprocess.Popen(
        [str(portail), "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                status, headers, body = _get(f"http://127.0.0.1:{port}/")
                break
            except OSError:
                assert server.poll() is None, server.stdout.read().decode()
                assert time.monotonic() < deadline, "the server did not answer within 2 minutes"
                time.sleep(0.5)
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
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
