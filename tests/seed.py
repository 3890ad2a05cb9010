"""Builds the seed page's world from ../shared/seed/seed-article.jsonl, read at test time."""

import datetime
import json
from pathlib import Path

from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from wagtail.models import Site

from portail.core.models import SiteSettings
from portail.documents.models import PortailDocument
from portail.taxonomy.services import country_find, organisation_get_or_create, theme_get_or_create

from . import builders

SEED_DIR = Path(__file__).resolve().parents[2] / "shared" / "seed"
SEED_FILE = SEED_DIR / "seed-article.jsonl"
SEED_ARTICLE_SLUG = "cglu-opportunites-de-renouvellement-de-leadership"


def seed_lines():
    return [
        json.loads(line)
        for line in SEED_FILE.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def _tags(item):
    return {
        "countries": [country_find(name) for name in item.get("countries", [])],
        "themes": [theme_get_or_create(name) for name in item.get("themes", [])],
        "organisations": [
            organisation_get_or_create(name) for name in item.get("organisations", [])
        ],
    }


def _body(text):
    if text.lstrip().startswith("<"):
        return text
    return "".join(
        f"<p>{paragraph.strip()}</p>" for paragraph in text.split("\n\n") if paragraph.strip()
    )


def build_seed_world(events_shift_to_future=True):
    """Site settings, news (with the document), events moved after today, and resources."""
    lines = seed_lines()
    events = [item for item in lines if item["kind"] == "event"]
    years = 0
    if events_shift_to_future:
        # Whole years keep "22 jan" reading "22 jan"; the first event lands after today.
        first = min(_moment(e["start"]) for e in events)
        while first.replace(year=first.year + years) <= timezone.now():
            years += 1
    for item in lines:
        kind = item["kind"]
        if kind == "site":
            settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
            settings.site_name, settings.tagline = item["name"], item["tagline"]
            settings.save()
        elif kind == "news":
            documents = []
            for document in item.get("documents", []):
                path = SEED_DIR / document["path"]
                stored = PortailDocument.objects.create(
                    title=document["title"], file=ContentFile(path.read_bytes(), name=path.name)
                )
                documents.append((document["title"], stored))
            builders.news(
                title=item["title"],
                slug=item["slug"],
                date=parse_date(item["date"]),
                subtitle=item.get("subtitle", ""),
                body=_body(item.get("body", "")),
                documents=documents,
                **_tags(item),
            )
        elif kind == "event":
            start = _shift(_moment(item["start"]), years)
            end = _shift(_moment(item["end"]), years) if item.get("end") else None
            page = builders.event(
                title=item["title"],
                slug=item["slug"],
                start=start,
                end=end,
                all_day="T" not in item["start"],
                location=item.get("location", ""),
                online=item.get("online", False),
            )
            tags = _tags(item)
            page.countries, page.organisations = tags["countries"], tags["organisations"]
            page.save_revision().publish()
        elif kind == "resource":
            builders.resource(
                title=item["title"],
                slug=item["slug"],
                media=item["media"],
                video_url=item.get("url", "") if item["media"] == "video" else "",
            )
    return lines


def _moment(text):
    moment = parse_datetime(text)
    if moment is None:
        moment = datetime.datetime.combine(parse_date(text), datetime.time())
    return timezone.make_aware(moment) if timezone.is_naive(moment) else moment


def _shift(moment, years):
    local = timezone.localtime(moment)
    return timezone.make_aware(local.replace(year=local.year + years, tzinfo=None))
