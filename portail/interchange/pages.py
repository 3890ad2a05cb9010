"""Filling pages from interchange items, one function a kind."""

from django.utils.text import slugify

from portail.agenda.models import EventPage, EventPageDocument, EventSeries
from portail.news.models import NewsPage, NewsPageDocument
from portail.resources.models import GalleryPhoto, ResourcePage, ResourcePageDocument
from portail.taxonomy.models import StaffContact
from portail.taxonomy.services import country_find, organisation_get_or_create, theme_get_or_create

from .schema import LineError, to_date, to_moment
from .text import body_html


def _country(name, _found={}):  # noqa: B006  (a cache of countries, which are never created here)
    key = str(name)
    if key not in _found:
        _found[key] = country_find(key)
    return _found[key]


# Tags found during an import, by folded name; forgotten at the start of each import.
_KNOWN_THEMES, _KNOWN_ORGANISATIONS = {}, {}


def forget_known_tags():
    _KNOWN_THEMES.clear()
    _KNOWN_ORGANISATIONS.clear()


def _tags(page, item):
    countries = []
    for name in item.get("countries", []):
        country = _country(name)
        if country is None:
            raise LineError(f"unknown country: {name!r}")
        countries.append(country)
    page.countries = countries
    page.themes = [theme_get_or_create(str(name), _KNOWN_THEMES) for name in item.get("themes", [])]
    page.organisations = [
        organisation_get_or_create(str(name), _KNOWN_ORGANISATIONS)
        for name in item.get("organisations", [])
    ]


def _contacts(page, item):
    page.contacts = [
        staff_contact(contact, "each contact needs a name") for contact in item.get("contacts", [])
    ]


def staff_contact(contact, missing_name):
    """The staff contact a line names ({"name", "role", "email"}), created when new."""
    if not isinstance(contact, dict) or not contact.get("name"):
        raise LineError(missing_name)
    found = StaffContact.objects.filter(
        name=contact["name"], email=contact.get("email", "")
    ).first()
    return found or StaffContact.objects.create(
        name=contact["name"], role=contact.get("role", ""), email=contact.get("email", "")
    )


def _documents(item, files, link_model):
    links = []
    for document in item.get("documents", []):
        if not isinstance(document, dict) or not document.get("path"):
            raise LineError("each document needs a path")
        title = document.get("title") or document["path"].rsplit("/", 1)[-1]
        links.append(link_model(document=files.document(document["path"], title), label=title))
    return links


def _body(item):
    html = body_html(item.get("body"))
    return [("paragraph", html)] if html else []


def fill_news(page, item, files):
    page.title = item["title"]
    page.publication_date = to_date(item["date"], "date")
    page.surtitle = item.get("surtitle", "")
    page.subtitle = item.get("subtitle", "")
    page.body = _body(item)
    page.image = files.image(item["image"], item["title"]) if item.get("image") else None
    _tags(page, item)
    _contacts(page, item)
    page.documents = _documents(item, files, NewsPageDocument)
    page.fund = _fund(item["fund"]) if item.get("fund") else None
    return page.publication_date


def _fund(slug):
    from portail.funds.models import SolidarityFundPage

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
    page.body = _body(item)
    _tags(page, item)
    _contacts(page, item)
    page.documents = _documents(item, files, EventPageDocument)
    return None


def fill_resource(page, item, files):
    page.title = item["title"]
    page.media = item["media"]
    page.publication_date = to_date(item["date"], "date") if item.get("date") else None
    page.body = _body(item)
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
    _tags(page, item)
    return page.publication_date


def _page_kinds():
    from portail.funds.models import SolidarityFundPage
    from portail.network.models import CountryGroupPage
    from portail.opportunities.models import CallForProjectsPage, JobOfferPage

    from .network import fill_call, fill_country_group, fill_fund, fill_job

    return {
        "news": (NewsPage, fill_news),
        "event": (EventPage, fill_event),
        "resource": (ResourcePage, fill_resource),
        "country_group": (CountryGroupPage, fill_country_group),
        "fund": (SolidarityFundPage, fill_fund),
        "call": (CallForProjectsPage, fill_call),
        "job": (JobOfferPage, fill_job),
    }


PAGE_KINDS = _page_kinds()
