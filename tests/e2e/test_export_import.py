"""The demo → `portail export` → `portail import` into an empty portal: every address of the
first site shows the same main content on the second (its text, its images' alternatives, its
outside links), and a restricted page stays restricted. Run as an operator runs them."""

import json

import pytest

from .served import demo_copy, portail, production_env

pytestmark = pytest.mark.e2e

# Renders, as an anonymous visitor, every address of the sitemap and every page that is
# restricted (absent from the sitemap), and prints what a reader finds in each <main>.
RENDER = r"""
import json, re
from bs4 import BeautifulSoup
from django.test import Client
from wagtail.models import Page, PageViewRestriction

client = Client(HTTP_HOST="127.0.0.1")

def locations(address):
    found = re.findall(r"<loc>([^<]+)</loc>", client.get(address).content.decode())
    for location in found:
        path = re.sub(r"^https?://[^/]+", "", location)
        if path.startswith("/sitemap-"):
            yield from locations(path)
        else:
            yield path

restricted = {r.page.url for r in PageViewRestriction.objects.select_related("page")}
addresses = set(locations("/sitemap.xml")) | restricted

rendered = {}
for address in sorted(addresses):
    response = client.get(address)
    if response.status_code != 200:
        rendered[address] = {
            "status": response.status_code,
            "to": response.get("Location"),
            "restricted": address in restricted,
        }
        continue
    main = BeautifulSoup(response.content.decode(), "html.parser").select_one("main")
    rendered[address] = {
        "status": 200,
        "restricted": address in restricted,
        "text": " ".join(main.get_text(" ").split()),
        "alternatives": [image.get("alt") for image in main.select("img")],
        "outside links": sorted(
            link["href"] for link in main.select("a[href^=http]")
            if not link["href"].startswith("http://127.0.0.1")
        ),
    }
print(json.dumps(rendered))
"""


def rendered(env):
    return json.loads(portail(env, "shell", "--no-imports", "-c", RENDER).splitlines()[-1])


def test_an_exported_site_imported_into_an_empty_portal_reads_the_same(demo, tmp_path):
    first = demo_copy(demo, tmp_path / "first")
    export = tmp_path / "export" / "contenus.jsonl"
    export.parent.mkdir()
    portail(first, "export", str(export))

    second = production_env(
        tmp_path / "second",
        f"sqlite:///{tmp_path / 'second.sqlite3'}",
        STATIC_ROOT=str(tmp_path / "first" / "static"),
    )
    portail(second, "migrate", "--noinput", "-v0")
    portail(second, "import", str(export))

    before, after = rendered(first), rendered(second)
    assert len(before) > 300
    assert sum(page.get("alternatives", []) != [] for page in before.values()) > 10
    assert sum(page.get("outside links", []) != [] for page in before.values()) > 20
    assert any(page["restricted"] for page in before.values())  # the members-only news
    differences = {
        address: {"before": page, "after": after.get(address)}
        for address, page in before.items()
        if after.get(address) != page
    }
    assert differences == {}, json.dumps(dict(list(differences.items())[:3]), indent=1)[:4000]
