"""Events of the agenda: `{"kind": "event", "title", "start", ...}`; a series by its title, or
{"title", "slug", "description"}."""

from django.utils import timezone
from django.utils.text import slugify

from portail.agenda.models import EventKind, EventPage, EventPageDocument, EventSeries, EventStatus

from ..fields import Blocks, Choice, Field, Flag, OrganisationName, Whole
from ..schema import LineError, to_moment
from .base import CONTENT_FIELDS, PageKind, content_pages

FIELDS = (
    *CONTENT_FIELDS,
    Choice("kind", EventKind.choices, "type"),
    Field("location"),
    Flag("online"),
    Field("online_url"),
    OrganisationName("organiser"),
    Field("registration_url"),
    Flag("registration_enabled", "registration"),
    Whole("capacity"),
    Flag("save_the_date"),
    Choice("status", EventStatus.choices),
    Blocks("body"),
    Blocks("report"),
)


def fill(page, item, files):
    page.start, page.all_day = to_moment(item["start"], "start")
    page.end = to_moment(item["end"], "end")[0] if item.get("end") else None
    if page.end and page.end < page.start:
        raise LineError("end is before start")
    page.series = _series(item["series"]) if item.get("series") else None


def _series(value):
    if isinstance(value, str):
        value = {"title": value}
    if not isinstance(value, dict) or not value.get("title"):
        raise LineError("series must be a title or an object with a title")
    slug = slugify(value.get("slug") or value["title"])[:255]
    series = EventSeries.objects.filter(slug=slug).first() or EventSeries(slug=slug)
    series.title, series.description = value["title"], value.get("description", "")
    series.save()
    return series


def dump(page, item, exporter):
    start, end = timezone.localtime(page.start), timezone.localtime(page.end or page.start)
    if page.all_day:
        item["start"] = start.date().isoformat()
        if end.date() != start.date():
            item["end"] = end.date().isoformat()
    else:
        item["start"] = start.replace(tzinfo=None).isoformat(timespec="minutes")
        if end != start:
            item["end"] = end.replace(tzinfo=None).isoformat(timespec="minutes")
    if page.series:
        series = {"title": page.series.title}
        if page.series.slug != slugify(page.series.title)[:255]:
            series["slug"] = page.series.slug
        if page.series.description:
            series["description"] = page.series.description
        item["series"] = series if len(series) > 1 else page.series.title


EVENT = PageKind(
    model=EventPage,
    required=("title", "start"),
    fields=FIELDS,
    fill=fill,
    dump=dump,
    pages=content_pages(
        EventPage,
        "start",
        related=("series", "organiser"),
        children=("documents__document__collection",),
    ),
    section="agenda",
    documents=EventPageDocument,
    by_hand=frozenset({"start", "end", "all_day", "series"}),
)
SERIES_CARRIES = {EventSeries: {"title", "slug", "description"}}
