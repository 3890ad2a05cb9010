"""Every absolute address the portal writes starts with BASE_URL, whatever host the request
came by: sitemap, robots.txt, API, feeds and calendars, mails and their .ics, structured data,
canonical links."""

import datetime
import re

import icalendar
import pytest
from django.core import mail
from django.test import override_settings
from django.utils import timezone

from portail.core.addresses import site_follow_base_url
from portail.registrations.services import register
from tests import builders

pytestmark = pytest.mark.django_db
BASE = "https://portail.example.org"
ADDRESS = re.compile(r"https?://[^\s\"'<>]+")
# Addresses of others that a page or feed may name: namespaces, calendars, the sharing links.
OTHERS = (
    "http://www.sitemaps.org",
    "http://www.w3.org",
    "https://schema.org",
    "http://purl.org",
    "http://www.google.com",
    "https://calendar.google.com",
    "https://outlook.",
    "https://www.facebook.com",
    "https://www.linkedin.com",
    "https://twitter.com",
    "https://x.com",
    "https://bsky.app",
    "https://www.example.org",
    "https://visio.example",
)


def ours(text):
    return [address for address in ADDRESS.findall(text) if not address.startswith(OTHERS)]


@pytest.fixture
def public_address():
    with override_settings(
        WAGTAILADMIN_BASE_URL=BASE, WAGTAILAPI_BASE_URL=BASE, ALLOWED_HOSTS=["testserver"]
    ):
        site_follow_base_url()
        yield


def test_every_absolute_address_starts_with_base_url(client, public_address):
    image = builders.image("Assises")
    news = builders.news(
        "Assises de la coopération",
        image=image,
        documents=[("Programme", builders.pdf("Programme"))],
    )
    event = builders.event(
        "Réunion du groupe-pays Mali",
        start=timezone.now() + datetime.timedelta(days=10),
        registration_enabled=True,
        capacity=10,
    )
    builders.member_directory()
    builders.member("Lyon")
    register(event, name="Awa Diallo", email="awa@example.org", authority="Ville de Lyon")

    bodies = {}
    for path in (
        "/sitemap.xml",
        "/sitemap-pages.xml",
        "/sitemap-membres.xml",
        "/robots.txt",
        "/api/v2/pages/?type=news.NewsPage&fields=*",
        f"/api/v2/pages/{news.pk}/",
        "/flux/actualites.rss",
        "/flux/actualites.atom",
        "/flux/agenda.ics",
        news.url,
        event.url,
    ):
        response = client.get(path)
        assert response.status_code == 200, path
        bodies[path] = response.content.decode()
    message = mail.outbox[-1]
    bodies["registration mail"] = message.body
    ics = next(body for name, body, kind in message.attachments if kind == "text/calendar")
    bodies["registration .ics"] = ics.decode() if isinstance(ics, bytes) else ics
    assert icalendar.Calendar.from_ical(bodies["registration .ics"]).walk("VEVENT")

    for name, body in bodies.items():
        addresses = ours(body)
        assert addresses, f"{name} names no address of the portal"
        strays = [address for address in addresses if not address.startswith(BASE)]
        assert strays == [], f"{name}: {strays[:5]}"


def test_the_site_follows_base_url_after_each_migration(public_address):
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("portail.example.org", 443)
    assert site.root_url == BASE
