"""Requests no page can answer, refused before they reach one."""

from django.http import HttpResponseBadRequest

NUL_ENCODED = "%00"


class RefuseNulCharacterMiddleware:
    """A NUL character in the address or a parameter is a 400: PostgreSQL refuses it in any
    text it compares, SQLite's full-text parser fails on it, and no address of the portal
    holds one."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or NUL_ENCODED in request.META.get("QUERY_STRING", ""):
            return HttpResponseBadRequest("NUL character in the request.")
        return self.get_response(request)
