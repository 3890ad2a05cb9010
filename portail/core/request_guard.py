"""Requests no page can answer, refused before they reach one."""

from django.http import HttpResponseBadRequest


class RefuseNulCharacterMiddleware:
    """A NUL character in the address is a 400: no address of the portal holds one, and
    PostgreSQL refuses it in any text it compares (a country code, a feed's tag). Parameters
    are each view's to read: the search ignores a NUL, filters ignore an unknown value."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path:
            return HttpResponseBadRequest("NUL character in the address.")
        return self.get_response(request)
