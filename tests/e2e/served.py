"""The portal as `make run` serves it (`portail serve`, gunicorn, production settings), started
in a throwaway folder for tests that must see what lives between processes."""

import os
import secrets
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

import psycopg

PORTAIL = Path(sys.executable).with_name("portail")
PG_SERVER = os.environ.get("PG_SERVER_URL", "postgresql://postgres@127.0.0.1:5432")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def production_env(var_dir, database_url, **extra):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portail.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "HTTPS": "off",
        "PORTAIL_VAR_DIR": str(var_dir),
        "DATABASE_URL": database_url,
        **extra,
    }


def portail(env, *args, timeout=600):
    """Run one `portail` command to its end; its output in the assertion message if it fails."""
    result = subprocess.run(
        [str(PORTAIL), *args], env=env, capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, f"portail {' '.join(args)}:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def demo_copy(demo, var_dir):
    """A site of its own holding the demo: a copy of the one the session built (its SQLite
    file, copied with SQLite's backup API, and its media), much faster than building anew."""
    shutil.copytree(demo / "var", var_dir, ignore=shutil.ignore_patterns("*.sqlite3*", "*.log"))
    target = var_dir / "portail.sqlite3"
    with (
        sqlite3.connect(demo / "var" / "portail.sqlite3") as source,
        sqlite3.connect(target) as copy,
    ):
        source.backup(copy)
    return production_env(var_dir, f"sqlite:///{target}")


@contextmanager
def postgres_database():
    """A PostgreSQL database of its own, dropped afterwards; fails loudly when the server is
    not reachable (the suite never skips PostgreSQL)."""
    name = f"portail_served_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True, connect_timeout=5) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{PG_SERVER.replace('postgresql://', 'postgres://')}/{name}"
    finally:
        with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def served(env, port, *extra_args):
    """`portail serve` in its own process group, stopped with the group afterwards. Its output
    goes to a file (`server.log_path`): a pipe nobody reads would fill and stall the server."""
    log_path = Path(env["PORTAIL_VAR_DIR"]) / "serve.log"
    with open(log_path, "wb") as log:
        server = subprocess.Popen(
            [str(PORTAIL), "serve", "--host", "127.0.0.1", "--port", str(port), *extra_args],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    server.log_path = log_path
    try:
        yield server
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=10)


def wait_until_listening(server, port, timeout=120):
    """Return as soon as the port accepts a connection: the first second of the server."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            if server.poll() is not None:
                raise AssertionError(server.log_path.read_text(errors="replace")) from None
            assert time.monotonic() < deadline, f"nothing listened within {timeout} s"
            time.sleep(0.02)
