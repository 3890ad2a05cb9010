"""News items: `{"kind": "news", "title", "date", ...}`."""

from django.utils.text import slugify

from portail.funds.models import SolidarityFundPage
from portail.news.models import NewsPage, NewsPageDocument

from ..fields import Blocks, Field
from ..schema import LineError
from .base import CONTENT_FIELDS, PageKind, content_pages

FIELDS = (*CONTENT_FIELDS, Field("surtitle"), Field("subtitle"), Blocks("body"))


def fill(page, item, files):
    page.fund = _fund(item["fund"]) if item.get("fund") else None


def dump(page, item, exporter):
    if page.fund:
        item["fund"] = page.fund.slug


def _fund(slug):
    fund = SolidarityFundPage.objects.filter(slug=slugify(str(slug))).first()
    if fund is None:
        raise LineError(f"unknown fund: {slug!r} (import the fund first)")
    return fund


NEWS = PageKind(
    model=NewsPage,
    required=("title", "date"),
    fields=FIELDS,
    fill=fill,
    dump=dump,
    pages=content_pages(
        NewsPage,
        "publication_date",
        related=("fund",),
        children=("documents__document__collection",),
    ),
    section="news",
    documents=NewsPageDocument,
    by_hand=frozenset({"fund"}),
)
