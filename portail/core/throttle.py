"""Counting requests once for the whole site, whatever the number of workers and servers.

A limit counted in each worker's memory lets through as many times more as there are workers.
With a shared cache (CACHE_URL=redis://...) the counts live there, incremented atomically; on
one machine without one, in a small SQLite file under var/ that every worker opens (no write
to the portal's own database, no lock held beyond one statement)."""

import os
import sqlite3
import threading
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.template.loader import render_to_string

from .client_ip import client_ip

_local = threading.local()


@dataclass(frozen=True)
class Limit:
    """At most `count` hits of one kind per `seconds`, per client or per target."""

    name: str
    count: int
    seconds: int

    def exceeded(self, key):
        """Count one hit for `key`; True when it goes past the limit."""
        return hit(f"{self.name}:{key}", self.seconds) > self.count

    def retry_after(self):
        return self.seconds - int(time.time()) % self.seconds


def hit(key, seconds):
    """Count one hit for `key` in the current window of `seconds`; returns the window's count."""
    window = int(time.time()) // seconds
    if settings.THROTTLE_FILE:
        return _file_hit(f"{key}:{seconds}", window)
    cache_key = f"throttle:{key}:{seconds}:{window}"
    cache.add(cache_key, 0, seconds)
    try:
        return cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, seconds)
        return 1


def _file_hit(key, window):
    connection = _connection()
    with connection:
        (count,) = connection.execute(
            "INSERT INTO hits (key, window, count) VALUES (?, ?, 1) "
            "ON CONFLICT (key, window) DO UPDATE SET count = count + 1 RETURNING count",
            (key, window),
        ).fetchone()
        if count == 1 and window % 16 == 0:  # now and then, forget finished windows
            connection.execute("DELETE FROM hits WHERE window < ?", (window - 1,))
    return count


def _connection():
    """One connection per thread, opened in the process that uses it (never across a fork)."""
    if getattr(_local, "pid", None) != os.getpid():
        connection = sqlite3.connect(settings.THROTTLE_FILE, timeout=10, isolation_level=None)
        connection.execute("PRAGMA journal_mode=WAL")
        # Synced at checkpoints, not at each hit (0.2 ms → 0.02 ms a search): a power cut
        # may forget the last counts, never corrupt the file.
        connection.execute("PRAGMA synchronous=NORMAL")
        connection.execute(
            "CREATE TABLE IF NOT EXISTS hits "
            "(key TEXT, window INTEGER, count INTEGER, PRIMARY KEY (key, window))"
        )
        _local.connection, _local.pid = connection, os.getpid()
    return _local.connection


def too_many_requests(request, limit):
    """The page a visitor sees past a limit: what happened and when to come back."""
    seconds = limit.retry_after()  # once: the page and the header tell the same wait
    minutes = max(1, round(seconds / 60))
    body = render_to_string("too_many_requests.html", {"minutes": minutes}, request=request)
    response = HttpResponse(body, status=429)
    response["Retry-After"] = str(seconds)
    return response


def client_limited(request, *limits_and_keys):
    """The 429 response for the first (limit, key) pair past its limit, else None. A key of
    None stands for the client's address."""
    for limit, key in limits_and_keys:
        if limit.exceeded(client_ip(request) if key is None else key):
            return too_many_requests(request, limit)
    return None
