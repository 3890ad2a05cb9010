"""One number, the content version, names every cached fragment of the public site.

Anything a visitor could see changing — a page published, unpublished, moved or deleted, a tag,
the site settings, a view restriction — bumps it, so every fragment cached under the old number
is ignored from the next request on. Cheaper and safer than tracking which fragment shows what.
"""

import os
import threading
import time
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils.translation import get_language

from . import front_cache

VERSION_KEY = "portail:content-version"

# What the request being answered has read: the version, and the fragments it asked for (a
# page asks for the site settings or the languages several times). Its thread's own.
_request = threading.local()


class RequestMemoMiddleware:
    """First of the middleware: what a request reads of the cache is read once, and forgotten
    when its answer is ready, whatever happened."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        _request.version, _request.fragments = None, {}
        try:
            return self.get_response(request)
        finally:
            _request.version = _request.fragments = None


def content_version():
    """The current version, read once a request (the whole page is drawn from one version).

    With a cache local to each process (the default on one machine), the version lives in a
    file that every worker reads (CONTENT_VERSION_FILE); with a shared cache (Redis), in it."""
    if getattr(_request, "fragments", None) is None:  # outside a request
        return _read_version()
    if _request.version is None:
        _request.version = _read_version()
    return _request.version


def _read_version():
    """One cache read, or one small file read, no database."""
    path = settings.CONTENT_VERSION_FILE
    if path:
        try:
            return Path(path).read_text() or "0"
        except FileNotFoundError:
            bump_content_version()
            return Path(path).read_text()
    version = cache.get(VERSION_KEY)
    if version is None:
        # A clock value, not 1: a version lost by the cache (evicted) never comes back to a
        # number that older entries still carry.
        version = time.time_ns()
        cache.add(VERSION_KEY, version, None)
    return version


def bump_content_version(**kwargs):
    """Signal receiver: the public site changed."""
    if getattr(_request, "fragments", None) is not None:  # what the request read is stale
        _request.version, _request.fragments = None, {}
    if front_cache.enabled():
        transaction.on_commit(front_cache.purge_all)
    path = settings.CONTENT_VERSION_FILE
    if path:
        temporary = Path(f"{path}.{os.getpid()}")
        temporary.parent.mkdir(parents=True, exist_ok=True)  # a first `migrate` comes first
        temporary.write_text(str(time.time_ns()))
        temporary.replace(path)  # atomic: readers see the old value or the new one
        return
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, time.time_ns(), None)


def cached(name, compute, timeout=600):
    """`compute()`, cached under `name` for the current content version and language (menus
    and addresses differ between French and English)."""
    key = f"portail:{name}:{get_language() or ''}:{content_version()}"
    fragments = getattr(_request, "fragments", None)
    if fragments is not None and key in fragments:
        return fragments[key]
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout)
    if fragments is not None:
        fragments[key] = value
    return value
