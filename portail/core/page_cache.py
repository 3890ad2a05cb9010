"""Whole anonymous pages served from Django's cache, keyed on the content version.

Django's two cache middlewares do the work (cache keys, Vary, HEAD); the key prefix is the
content version (core/cache.py), which every publication, unpublication, move, deletion, tag,
setting or restriction change bumps: the next request renders afresh, whatever page showed the
change (the article, the home page, listings, tag pages, the neighbours' previous/next links).
Never stored: what editors and members are shown (a session cookie), the admin, the API (its
rate limit counts each request), documents (their collections may be private), registrations,
and any response that sets a cookie (forms with a CSRF token, password prompts) or says
private/no-cache.

Members read it all the same: a logged-in member is shown the page every visitor is, its
account link swapped for theirs ("Mon espace", log out) between two markers of the header,
without rendering the page again; a session cookie with no session behind it reads the cache
as if absent, and is deleted. Editors (Wagtail's bar on each page) and a pending message go
the whole way."""

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware
from django.utils import translation
from django.utils.cache import patch_cache_control

from . import front_cache
from .cache import content_version
from .page_readers import MEMBER, STRAY, WHOLE_PAGE, reader_of, with_account_of_member

UNCACHED_PREFIXES = (
    "/admin/",
    "/api/",
    "/documents/",
    "/images-privees/",
    "/django-admin/",
    "/inscriptions/",
    "/en/inscriptions/",
    "/compte/",
    "/en/compte/",
    "/lettre/",
    "/en/lettre/",
    "/discussions/",
    "/en/discussions/",
)


def is_cacheable_address(request):
    return (
        settings.PAGE_CACHE
        and request.method in ("GET", "HEAD")
        and not request.path.startswith(UNCACHED_PREFIXES)
    )


def is_cacheable_request(request):
    """What may be stored for everyone: a request without a session or a message to show
    (django.contrib.messages keeps them in a cookie first)."""
    return (
        is_cacheable_address(request)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and CookieStorage.cookie_name not in request.COOKIES
    )


class VersionedPrefix:
    @property
    def key_prefix(self):
        return f"pages-{content_version()}"

    @key_prefix.setter
    def key_prefix(self, value):
        pass  # Django's __init__ sets the static prefix of the settings: the version replaces it


def for_clients(request, response, state):
    """Browsers ask again each time: a publication shows on the next request (this cache
    answers quickly); X-Cache tells hits from misses. With a purged front cache, nginx may keep
    the page (X-Accel-Expires, which nginx does not pass on) and its address is noted for the
    next purge."""
    response.headers.pop("Expires", None)
    response.headers.pop("Cache-Control", None)
    if front_cache.enabled():
        # Before Cache-Control: nginx 1.22 reads the headers in order and would not cache a
        # response that it had already read max-age=0 from.
        response["X-Accel-Expires"] = str(settings.CACHE_MIDDLEWARE_SECONDS)
        front_cache.remember(request)
    patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
    response["X-Cache"] = state
    return response


def says_no_cache(response):
    directives = response.get("Cache-Control", "")
    return any(word in directives for word in ("private", "no-cache", "no-store"))


def for_one_reader(response, state):
    """A page shown to one person: no cache but the browser's keeps it, nginx included."""
    for header in ("Expires", "Cache-Control", "X-Accel-Expires"):
        response.headers.pop(header, None)
    patch_cache_control(response, private=True, max_age=0, must_revalidate=True)
    response["X-Cache"] = state
    return response


class FetchPageMiddleware(VersionedPrefix, FetchFromCacheMiddleware):
    """Placed before the locale middleware: the language of the key is the address's, as that
    middleware will find it (no prefix: French), so that a hit needs nothing further down."""

    def process_request(self, request):
        request._cache_update_cache = False  # set again below when the page may be stored
        if not is_cacheable_address(request):
            return None
        language = translation.get_language_from_path(request.path_info)
        request.LANGUAGE_CODE = language or settings.LANGUAGE_CODE
        if is_cacheable_request(request):
            response = super().process_request(request)
            return for_clients(request, response, "HIT") if response is not None else None
        if CookieStorage.cookie_name in request.COOKIES:
            return None  # a message to show, with or without a session
        reader = reader_of(request)
        if reader == WHOLE_PAGE:
            return None
        response = self.page_for_everyone(request)
        if reader == MEMBER and response is not None:
            response = with_account_of_member(response, request.LANGUAGE_CODE)
        if response is None:
            return None
        if reader == STRAY:  # a cookie left by a session that has ended
            response.delete_cookie(
                settings.SESSION_COOKIE_NAME,
                path=settings.SESSION_COOKIE_PATH,
                domain=settings.SESSION_COOKIE_DOMAIN,
                samesite=settings.SESSION_COOKIE_SAMESITE,
            )
        return for_one_reader(response, "HIT")

    def page_for_everyone(self, request):
        """The page as stored for a visitor without cookies (stored pages vary on them: no
        Cookie header, or an empty one, as Django tells them apart), nothing stored from
        this request."""
        cookies = request.META.pop("HTTP_COOKIE", None)
        try:
            response = super().process_request(request)
            if response is None:
                request.META["HTTP_COOKIE"] = ""
                response = super().process_request(request)
            return response
        finally:
            request.META.pop("HTTP_COOKIE", None)
            if cookies is not None:
                request.META["HTTP_COOKIE"] = cookies
            request._cache_update_cache = False


class UpdatePageMiddleware(VersionedPrefix, UpdateCacheMiddleware):
    def _should_update_cache(self, request, response):
        return (
            super()._should_update_cache(request, response)
            and is_cacheable_request(request)
            and not response.cookies
        )

    def process_response(self, request, response):
        # A response that says private or no-cache (a members-only teaser, a password form)
        # keeps its own headers: neither this cache nor nginx keeps it.
        stored = self._should_update_cache(request, response) and not says_no_cache(response)
        response = super().process_response(request, response)
        if stored and response.status_code == 200 and not response.streaming:
            return for_clients(request, response, "MISS")
        return response
