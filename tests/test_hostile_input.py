"""Every public address, fed odd values — a NUL byte, huge numbers, dates out of range, long
word lists, line breaks — answers 4xx or the page, never a server error (on both databases)."""

import re

import pytest
from django.test import Client
from django.urls import URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RoutePattern
from wagtail.models import Page

from tests import builders

pytestmark = pytest.mark.django_db

HUGE = "99999999999999999999"
PARAMETER = re.compile(r"<(?:(\w+):)?\w+>")
WORDS = "+".join(f"mot{number}" for number in range(400))
ODD_SEGMENTS = {
    "int": [HUGE, "0"],
    "default": ["a%00b", "a%0D%0Ab", HUGE, "x" * 2000, "%C3%A9t%C3%A9"],
}
ODD_QUERIES = [
    "mois=0001-01",
    "mois=9999-12",
    "mois=2026-00",
    "page=" + HUGE,
    "annee=" + HUGE,
    "q=a%00b",
    "q=" + WORDS,
    "q=%0D%0A",
    "pays=%00",
    "theme=a%0D%0Ab",
    "search=" + WORDS,
    "search=a%00b",
    "html_path=%00",
    "html_path=/a%00b/",
    "limit=" + HUGE,
    "offset=" + HUGE,
    "publie_apres=0000-00-00",
    "publie_apres=%00",
    "next=%00",
]


@pytest.fixture
def world():
    member = builders.member("Ville de Rennes")
    country = builders.country("SN")
    builders.partnership(member, country)
    builders.country_group(country)
    builders.member_directory()
    builders.atlas()
    builders.news(documents=[("Compte-rendu", builders.pdf())])
    builders.event()
    builders.resource()
    builders.fund()
    builders.call()
    builders.job()


def route_samples(patterns, prefix=""):
    """Addresses made from every routed pattern, its parameters given each odd value in turn
    (Wagtail's pages, served by a regular expression, are walked from the page tree)."""
    for entry in patterns:
        if isinstance(entry.pattern, LocalePrefixPattern):
            route = prefix
        elif isinstance(entry.pattern, RoutePattern):
            route = prefix + str(entry.pattern)
        else:
            continue
        if isinstance(entry, URLResolver):
            yield from route_samples(entry.url_patterns, route)
            continue
        for turn in range(len(ODD_SEGMENTS["default"])):

            def odd(match, turn=turn):
                values = ODD_SEGMENTS["int" if match[1] == "int" else "default"]
                return values[turn % len(values)]

            yield "/" + PARAMETER.sub(odd, route)


def test_no_public_address_gives_a_server_error(world):
    client = Client(raise_request_exception=False)
    addresses = set(route_samples(get_resolver().url_patterns))
    pages = [page.url for page in Page.objects.live().filter(depth__gt=1).specific()]
    addresses.update(f"{url}{odd}" for url in pages for odd in ("a%00b/", HUGE + "/", "%0D%0A/"))
    addresses.update(f"{url}?{query}" for url in pages for query in ODD_QUERIES)
    addresses.update(
        f"/api/v2/{end}/?{query}"
        for end in ("pages", "images", "documents")
        for query in ODD_QUERIES
    )
    addresses.update(f"/api/v2/pages/find/?{query}" for query in ODD_QUERIES)
    addresses.update(
        f"/en{address}"
        for address in list(addresses)
        if not address.startswith(("/admin", "/api", "/documents", "/media"))
    )
    addresses = sorted(a for a in addresses if not a.startswith(("/admin/", "/django-admin/")))
    member = Client(raise_request_exception=False)
    member.force_login(builders.account())
    routes = sorted(a for a in route_samples(get_resolver().url_patterns) if "/admin/" not in a)
    failures = [
        f"{who} {address[:120]} → {status}"
        for who, visitor, walk in (("anonymous", client, addresses), ("member", member, routes))
        for address in walk
        if (status := visitor.get(address).status_code) >= 500
    ]
    assert len(addresses) > 500
    assert failures == [], f"{len(failures)} of {len(addresses) + len(routes)}:\n" + "\n".join(
        failures
    )
