"""What search engines read: sitemap, robots.txt, canonical address, OpenGraph and JSON-LD."""

import datetime
import json
import zoneinfo
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import timezone
from lxml import etree
from wagtail.models import PageViewRestriction

from tests import builders
from tests.html import soup

pytestmark = pytest.mark.django_db
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
BASE = settings.WAGTAILADMIN_BASE_URL  # every absolute address starts with BASE_URL


def locations(client, path):
    tree = etree.fromstring(client.get(path).content)
    return tree, [loc.text for loc in tree.iter(f"{SITEMAP}loc")]


def test_sitemap_index_lists_public_pages_and_members_never_private_or_draft(client):
    public = builders.news("Publique")
    private = builders.news("Réservée")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    draft = builders.news("Brouillon")
    draft.unpublish()
    builders.member_directory()
    builders.member("Lyon")

    index, sections = locations(client, "/sitemap.xml")
    assert index.tag == f"{SITEMAP}sitemapindex"
    assert sections == [
        f"{BASE}/sitemap-pages.xml",
        f"{BASE}/sitemap-membres.xml",
    ]
    pages_tree, pages = locations(client, "/sitemap-pages.xml")
    assert pages_tree.tag == f"{SITEMAP}urlset"
    assert public.full_url in pages
    assert private.full_url not in pages and draft.full_url not in pages
    lastmods = {
        url.findtext(f"{SITEMAP}loc"): url.findtext(f"{SITEMAP}lastmod")
        for url in pages_tree.iter(f"{SITEMAP}url")
    }
    assert lastmods[public.full_url] == timezone.localdate().isoformat()
    _, members = locations(client, "/sitemap-membres.xml")
    assert members == [f"{BASE}/membres/lyon/"]


def test_sitemaps_are_valid_against_the_sitemaps_org_schema(client):
    builders.news("Publique")
    builders.event("Réunion")
    builders.member_directory()
    builders.member("Lyon")
    schema = etree.XMLSchema(etree.parse(str(Path(__file__).parent / "schemas" / "sitemap.xsd")))
    index = etree.fromstring(client.get("/sitemap.xml").content)
    assert [child.tag for child in index] == [f"{SITEMAP}sitemap"] * 2
    for entry in index:
        assert [part.tag for part in entry] == [f"{SITEMAP}loc"]  # lastmod is optional
        section = etree.fromstring(client.get(entry.findtext(f"{SITEMAP}loc")).content)
        schema.assertValid(section)
        assert len(section) >= 1


def test_robots_txt_names_the_sitemap_and_keeps_robots_out_of_the_admin(client):
    text = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in text
    assert f"Sitemap: {BASE}/sitemap.xml" in text


def json_ld(response):
    script = soup(response).select_one('script[type="application/ld+json"]')
    return {item["@type"]: item for item in json.loads(script.string)["@graph"]}


def test_article_head_has_canonical_opengraph_and_a_news_article(client):
    page = builders.news(
        "CGLU : réunion des commissions",
        date=datetime.date(2026, 6, 12),
        lead="Les commissions se réunissent.",
        image=builders.image("Photo"),
    )
    response = client.get(page.url)
    head = soup(response).head
    assert head.select_one('link[rel="canonical"]')["href"] == f"{BASE}{page.url}"
    meta = {
        tag.get("property") or tag.get("name"): tag["content"]
        for tag in head.select("meta[content]")
    }
    assert meta["og:title"] == "CGLU : réunion des commissions"
    assert meta["og:type"] == "article"
    assert meta["og:image"].startswith(f"{BASE}/media/")
    assert meta["twitter:card"] == "summary_large_image"
    data = json_ld(response)
    article = data["NewsArticle"]
    assert article["headline"] == "CGLU : réunion des commissions"
    assert article["datePublished"] == "2026-06-12"
    assert article["image"][0] == meta["og:image"]
    assert article["publisher"]["@type"] == "Organization"
    crumbs = [item["name"] for item in data["BreadcrumbList"]["itemListElement"]]
    assert crumbs[-2:] == ["Actualités", "CGLU : réunion des commissions"]


def test_event_json_ld_has_dates_status_and_online_place(client):
    paris = zoneinfo.ZoneInfo("Europe/Paris")
    event = builders.event(
        "Webinaire Viêt Nam",
        start=datetime.datetime(2027, 1, 22, 10, tzinfo=paris),
        end=datetime.datetime(2027, 1, 22, 12, tzinfo=paris),
        online=True,
        online_url="https://visio.example/salle",
        status="postponed",
    )
    item = json_ld(client.get(event.url))["Event"]
    assert item["startDate"] == "2027-01-22T10:00:00+01:00"
    assert item["eventStatus"] == "https://schema.org/EventPostponed"
    assert item["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert item["location"] == {"@type": "VirtualLocation", "url": "https://visio.example/salle"}


def test_home_describes_the_organization(client):
    assert json_ld(client.get("/"))["Organization"]["url"] == f"{BASE}/"
    assert not soup(client.get("/")).select('script[src^="http"]')
