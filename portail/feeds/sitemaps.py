"""sitemap.xml: an index of sections, each split into files of at most 50,000 addresses."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.contrib.sitemaps.views import SitemapIndexItem
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.sitemaps import Sitemap as PageSitemap
from wagtail.contrib.sitemaps.views import sitemap

from portail.core.addresses import absolute_url, base_url
from portail.network.models import Member


class MemberSitemap(DjangoSitemap):
    """Member pages are routes of the directory page, which Wagtail's sitemap does not list."""

    def __init__(self, request=None):
        self.request = request

    def get_protocol(self, protocol=None):
        return urlsplit(base_url()).scheme

    def get_domain(self, site=None):
        return urlsplit(base_url()).netloc

    def items(self):
        return Member.objects.only("slug", "sort_name").order_by("sort_name", "pk")

    def location(self, member):
        return member.get_absolute_url()


SITEMAPS = {"pages": PageSitemap, "membres": MemberSitemap}


def sitemap_index(request):
    """The index of the sections, each page of each, on BASE_URL (Django's own index writes
    the request's host)."""
    entries = []
    for section, sitemap_class in SITEMAPS.items():
        sitemap = sitemap_class(request)
        address = absolute_url(reverse("sitemap-section", kwargs={"section": section}))
        for number in sitemap.paginator.page_range:
            location = address if number == 1 else f"{address}?p={number}"
            entries.append(SitemapIndexItem(location, None))
    return TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": entries}, content_type="application/xml"
    )


def sitemap_section(request, section):
    """Wagtail's sitemap of a section, in French whatever the visitor's browser asks: the
    addresses are the French pages', their translations given as hreflang alternates."""
    with translation.override(settings.LANGUAGE_CODE):
        return sitemap(request, sitemaps=SITEMAPS, section=section).render()


def robots_txt(request):
    sitemap = absolute_url(reverse("sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {sitemap}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
