"""The pages a worker has just served from the page cache, answered again before Django.

A page served from the cache (core/page_cache.py) still goes through Django's request cycle:
building the request, the outer middleware, unpickling the stored response, the signals that
close database connections. For a visitor without cookies, the answer is the same bytes each
time until the content version moves; this WSGI layer keeps the last ones a worker sent, and
sends them again with no Django at all. Only what Django itself answered from the cache is
kept (X-Cache: HIT, nothing personal, no cookie set), for the same request in every header the
answer varies on, under the content version read before Django answered; anything else —
a cookie, a conditional request, another method — goes to Django as before.

Off when nginx keeps the pages (it asks the portal only when its own copy is gone, and the
portal must note each address it answers for the next purge: core/front_cache.py)."""

import threading
from collections import OrderedDict

from django.conf import settings

from . import front_cache
from .cache import content_version

# The request headers an answer may vary on and still be kept here: the key holds the first
# two, and a request with a cookie is never looked up (PASSED_ON).
KEYED_HEADERS = ("accept-language", "accept-encoding", "cookie")
KEYED_ENVIRON = (
    "wsgi.url_scheme",
    "HTTP_X_FORWARDED_PROTO",
    "HTTP_X_FORWARDED_HOST",
    "HTTP_X_FORWARDED_PORT",
    "HTTP_HOST",
    "SERVER_NAME",
    "SERVER_PORT",
    "SCRIPT_NAME",
    "PATH_INFO",
    "QUERY_STRING",
    "HTTP_ACCEPT_LANGUAGE",
    "HTTP_ACCEPT_ENCODING",
)
# Requests whose answer is not the stored page, or not only it.
PASSED_ON = ("HTTP_COOKIE", "HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE", "HTTP_AUTHORIZATION")


def key_of(environ):
    """The request's key, or None when it must go to Django."""
    if environ.get("REQUEST_METHOD") != "GET" or any(environ.get(name) for name in PASSED_ON):
        return None
    return tuple(environ.get(name) for name in KEYED_ENVIRON)


def may_keep(status, headers):
    if not status.startswith("200 "):
        return False
    named = {name.lower(): value for name, value in headers}
    varies = {word.strip().lower() for word in named.get("vary", "").split(",") if word.strip()}
    return (
        named.get("x-cache") == "HIT"
        and "set-cookie" not in named
        and "public" in named.get("cache-control", "")
        and varies <= set(KEYED_HEADERS)
    )


def is_whole(response):
    """A page in memory (Django's, or a list of its bytes), not a file or a stream."""
    return isinstance(response, list) or getattr(response, "streaming", None) is False


class HotPages:
    """WSGI middleware: at most `budget` bytes of pages per worker, all of one content version,
    the least recently sent first out."""

    def __init__(self, application, budget):
        self.application = application
        self.budget = budget
        self.version = None
        self.pages = OrderedDict()  # key -> (status, headers, body)
        self.size = 0
        self.lock = threading.Lock()

    def __call__(self, environ, start_response):
        key = key_of(environ) if self.enabled() else None
        if key is None:
            return self.application(environ, start_response)
        version = content_version()  # before Django answers: a page never outlives its version
        found = self.find(key, version)
        if found is not None:
            status, headers, body = found
            start_response(status, list(headers))
            return [body]
        answered = []

        def noting_start_response(status, headers, exc_info=None):
            answered[:] = [status, headers]
            return start_response(status, headers, exc_info)

        response = self.application(environ, noting_start_response)
        if not answered or not may_keep(*answered) or not is_whole(response):
            return response
        try:
            body = b"".join(response)
        finally:
            if hasattr(response, "close"):
                response.close()  # Django's request_finished: connections given back
        self.keep(key, version, (answered[0], tuple(answered[1]), body))
        return [body]

    def enabled(self):
        return settings.PAGE_CACHE and self.budget > 0 and not front_cache.enabled()

    def find(self, key, version):
        with self.lock:
            if version != self.version:
                self.version, self.pages, self.size = version, OrderedDict(), 0
                return None
            entry = self.pages.get(key)
            if entry is not None:
                self.pages.move_to_end(key)
            return entry

    def keep(self, key, version, entry):
        size = len(entry[2])
        if size > self.budget // 4:
            return
        with self.lock:
            if version != self.version:
                return
            if key in self.pages:
                self.size -= len(self.pages.pop(key)[2])
            self.pages[key] = entry
            self.size += size
            while self.size > self.budget:
                self.size -= len(self.pages.popitem(last=False)[1][2])
