"""sitemap.xml: an index of sections, each split into files of at most 50,000 addresses."""

from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.http import HttpResponse
from django.urls import reverse
from wagtail.contrib.sitemaps import Sitemap as PageSitemap

from portail.network.models import Member


class MemberSitemap(DjangoSitemap):
    """Member pages are routes of the directory page, which Wagtail's sitemap does not list."""

    def __init__(self, request=None):
        self.request = request

    def items(self):
        return Member.objects.only("slug", "sort_name").order_by("sort_name", "pk")

    def location(self, member):
        return member.get_absolute_url()


SITEMAPS = {"pages": PageSitemap, "membres": MemberSitemap}


def robots_txt(request):
    sitemap = request.build_absolute_uri(reverse("sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {sitemap}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
