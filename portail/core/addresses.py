"""Absolute addresses: every one the portal writes (sitemap, API, feeds and calendars, mails,
structured data, canonical links) starts with BASE_URL, whatever host a request came by."""

from urllib.parse import urljoin, urlsplit

from django.conf import settings
from wagtail.models import Site


def base_url():
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute_url(address):
    """`address` (a path, or already absolute: a file on S3) on BASE_URL."""
    return urljoin(base_url() + "/", address)


def site_follow_base_url(**kwargs):
    """The default Site takes BASE_URL's host and port, from which Wagtail writes its pages'
    full addresses. Run after each `migrate` (post_migrate), so a changed BASE_URL follows."""
    parts = urlsplit(base_url())
    if not parts.hostname:
        return
    port = parts.port or (443 if parts.scheme == "https" else 80)
    site = Site.objects.filter(is_default_site=True).first()
    if site is not None and (site.hostname, site.port) != (parts.hostname, port):
        site.hostname, site.port = parts.hostname, port
        site.save()  # Wagtail forgets its cached site paths; the content version moves
