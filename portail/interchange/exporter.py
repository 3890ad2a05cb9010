"""`portail export`: everything needed to rebuild the content, as interchange lines and files.

The output is stable: the same content gives the same bytes, whatever the database, so that
export → import into an empty portal → export gives an identical file."""

import hashlib
import json
import shutil
from pathlib import Path

from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site

from portail.agenda.models import EventPage
from portail.core.models import SiteSettings
from portail.core.models.site_settings import SOCIAL_NETWORKS
from portail.news.models import NewsPage
from portail.resources.models import ResourcePage

from .conversions import body_of
from .network_export import network_items, opportunity_items


class Exporter:
    def __init__(self, path):
        self.path = Path(path)
        self.files_dir = self.path.parent / f"{self.path.stem}_files"
        self._redirects = {}

    def export(self):
        """Write the file and its folder of files; returns the number of lines."""
        if self.files_dir.exists():
            shutil.rmtree(self.files_dir)
        self.files_dir.mkdir(parents=True)
        self._redirects = dict(
            Redirect.objects.filter(site=None, redirect_page__isnull=False).values_list(
                "redirect_page_id", "old_path"
            )
        )
        count = 0
        with self.path.open("w", encoding="utf-8", newline="\n") as out:
            for item in self.items():
                out.write(json.dumps(item, ensure_ascii=False) + "\n")
                count += 1
        return count

    def items(self):
        site = Site.objects.filter(is_default_site=True).first()
        if site:
            yield self._site(SiteSettings.for_site(site))
        tags = ("countries", "themes", "organisations", "contacts")
        yield from network_items(self, tags)
        for page in (
            NewsPage.objects.live()
            .order_by("publication_date", "slug")
            .prefetch_related(*tags, "documents__document")
            .select_related("image", "fund")
        ):
            yield self._news(page)
        for page in (
            EventPage.objects.live()
            .order_by("start", "slug")
            .prefetch_related(*tags, "documents__document")
            .select_related("series")
        ):
            yield self._event(page)
        for page in (
            ResourcePage.objects.live()
            .order_by("publication_date", "slug")
            .prefetch_related(*tags, "documents__document", "gallery__image")
            .select_related("audio", "video_file")
        ):
            yield self._resource(page)
        yield from opportunity_items(self, tags)

    def file(self, stored):
        """Copy a document's or image's file under a name made of its content hash."""
        with stored.file.open("rb") as handle:
            content = handle.read()
        digest = hashlib.sha1(content).hexdigest()
        name = f"{digest}{Path(stored.file.name).suffix.lower()}"
        target = self.files_dir / name
        if not target.exists():
            target.write_bytes(content)
        return f"{self.files_dir.name}/{name}"

    def _site(self, settings):
        item = {"kind": "site", "name": settings.site_name, "tagline": settings.tagline}
        if settings.default_image:
            item["default_image"] = self.file(settings.default_image)
        if settings.logo:
            item["logo"] = self.file(settings.logo)
        social = {
            name: getattr(settings, name) for name in SOCIAL_NETWORKS if getattr(settings, name)
        }
        if social:
            item["social"] = social
        contact = {
            key: getattr(settings, f"contact_{key}")
            for key in ("email", "phone", "address")
            if getattr(settings, f"contact_{key}")
        }
        if contact:
            item["contact"] = contact
        return item

    @staticmethod
    def _common(page, kind):
        return {"kind": kind, "slug": page.slug, "title": page.title}

    def tags(self, item, page, contacts=True):
        for key in ("countries", "themes", "organisations"):
            names = sorted(tag.name for tag in getattr(page, key).all())
            if names:
                item[key] = names
        if contacts:
            people = sorted(page.contacts.all(), key=lambda c: (c.name, c.email))
            if people:
                item["contacts"] = [
                    {"name": c.name, "role": c.role, "email": c.email} for c in people
                ]
        self.source_url(item, page)

    def source_url(self, item, page):
        if page.pk in self._redirects:
            item["source_url"] = self._redirects[page.pk]

    def documents(self, item, page):
        documents = [
            {"title": link.title, "path": self.file(link.document)} for link in page.documents.all()
        ]
        if documents:
            item["documents"] = documents

    def _news(self, page):
        item = self._common(page, "news")
        item["date"] = page.publication_date.isoformat()
        for key in ("surtitle", "subtitle"):
            if getattr(page, key):
                item[key] = getattr(page, key)
        body_of(item, page.body)
        if page.image:
            item["image"] = self.file(page.image)
        self.documents(item, page)
        self.tags(item, page)
        if page.fund:
            item["fund"] = page.fund.slug
        return item

    def _event(self, page):
        item = self._common(page, "event")
        start, end = timezone.localtime(page.start), timezone.localtime(page.end or page.start)
        if page.all_day:
            item["start"] = start.date().isoformat()
            if end.date() != start.date():
                item["end"] = end.date().isoformat()
        else:
            item["start"] = start.replace(tzinfo=None).isoformat(timespec="minutes")
            if end != start:
                item["end"] = end.replace(tzinfo=None).isoformat(timespec="minutes")
        if page.location:
            item["location"] = page.location
        if page.online:
            item["online"] = True
        if page.status != "scheduled":
            item["status"] = page.status
        if page.series:
            item["series"] = page.series.title
        body_of(item, page.body)
        self.documents(item, page)
        self.tags(item, page)
        return item

    def _resource(self, page):
        item = self._common(page, "resource")
        item["media"] = page.media
        if page.publication_date:
            item["date"] = page.publication_date.isoformat()
        body_of(item, page.body)
        stored = {
            "text": next((link.document for link in page.documents.all()), None),
            "sound": page.audio,
            "video": page.video_file,
            "photo": next((photo.image for photo in page.gallery.all()), None),
        }[page.media]
        if stored:
            item["file"] = self.file(stored)
        if page.media == "video" and page.video_url:
            item["url"] = page.video_url
        self.tags(item, page, contacts=False)
        return item
