"""What a page type shows beyond its own fields: listings, neighbours, forms, gathered by the
selectors of the app that owns the type. Page models sit below their selectors (a model never
imports its selectors): each app's selectors register here, when the app starts, what each of
its page types — or one route of a routable page — adds to the template's context."""

PROVIDERS = {}


def provides(page_class, route=""):
    """Register `function(page, request, **route_arguments) -> dict` for a page type."""

    def register(function):
        PROVIDERS[(page_class, route)] = function
        return function

    return register


def page_context(page, request, route="", **arguments):
    provider = PROVIDERS.get((type(page), route))
    return provider(page, request, **arguments) if provider else {}
