"""Filling pages from interchange items, one function a kind."""

from django.utils.text import slugify

from portail.agenda.models import EventPage, EventPageDocument, EventSeries
from portail.funds.models import SolidarityFundPage
from portail.network.models import CountryGroupPage
from portail.news.models import NewsPage, NewsPageDocument
from portail.opportunities.models import CallForProjectsPage, JobOfferPage
from portail.resources.models import GalleryPhoto, ResourcePage, ResourcePageDocument

from .conversions import body_blocks, documents_of, set_contacts, set_tags
from .network import fill_call, fill_country_group, fill_fund, fill_job
from .schema import LineError, to_date, to_moment


def fill_news(page, item, files):
    page.title = item["title"]
    page.publication_date = to_date(item["date"], "date")
    page.surtitle = item.get("surtitle", "")
    page.subtitle = item.get("subtitle", "")
    page.body = body_blocks(item)
    page.image = files.image(item["image"], item["title"]) if item.get("image") else None
    set_tags(page, item)
    set_contacts(page, item)
    page.documents = documents_of(item, files, NewsPageDocument)
    page.fund = _fund(item["fund"]) if item.get("fund") else None
    return page.publication_date


def _fund(slug):
    fund = SolidarityFundPage.objects.filter(slug=slugify(str(slug))).first()
    if fund is None:
        raise LineError(f"unknown fund: {slug!r} (import the fund first)")
    return fund


def fill_event(page, item, files):
    page.title = item["title"]
    page.start, page.all_day = to_moment(item["start"], "start")
    page.end = to_moment(item["end"], "end")[0] if item.get("end") else None
    if page.end and page.end < page.start:
        raise LineError("end is before start")
    page.location = item.get("location", "")
    page.online = bool(item.get("online", False))
    page.status = item.get("status", "scheduled")
    series = item.get("series")
    page.series = (
        EventSeries.objects.get_or_create(slug=slugify(series)[:255], defaults={"title": series})[0]
        if series
        else None
    )
    page.body = body_blocks(item)
    set_tags(page, item)
    set_contacts(page, item)
    page.documents = documents_of(item, files, EventPageDocument)
    return None


def fill_resource(page, item, files):
    page.title = item["title"]
    page.media = item["media"]
    page.publication_date = to_date(item["date"], "date") if item.get("date") else None
    page.body = body_blocks(item)
    page.video_url = item.get("url", "") if page.media == "video" else ""
    page.audio = page.video_file = None
    page.documents, page.gallery = [], []
    path = item.get("file")
    if path and page.media == "text":
        page.documents = [
            ResourcePageDocument(document=files.document(path, item["title"]), label=item["title"])
        ]
    elif path and page.media == "sound":
        page.audio = files.document(path, item["title"])
    elif path and page.media == "video":
        page.video_file = files.document(path, item["title"])
    elif path and page.media == "photo":
        page.gallery = [GalleryPhoto(image=files.image(path, item["title"]))]
    set_tags(page, item)
    return page.publication_date


PAGE_KINDS = {
    "news": (NewsPage, fill_news),
    "event": (EventPage, fill_event),
    "resource": (ResourcePage, fill_resource),
    "country_group": (CountryGroupPage, fill_country_group),
    "fund": (SolidarityFundPage, fill_fund),
    "call": (CallForProjectsPage, fill_call),
    "job": (JobOfferPage, fill_job),
}
