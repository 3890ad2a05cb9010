"""Calls for projects and job offers: `{"kind": "call", "title", "deadline", ...}` (a date
alone means until 23:59 that day) and `{"kind": "job", "title", "employer", "contract",
"place", "deadline", ...}`."""

from django.utils import timezone

from portail.opportunities.models import (
    CallForProjectsDocument,
    CallForProjectsPage,
    Contract,
    JobOfferPage,
)

from ..fields import Amount, Blocks, Choice, Day, Field, OrganisationName
from ..schema import to_moment
from .base import CONTENT_FIELDS, PageKind, content_pages

CALL_FIELDS = (
    *CONTENT_FIELDS,
    OrganisationName("funder"),
    Amount("budget"),
    Field("link"),
    Blocks("body"),
)


def fill_call(page, item, files):
    page.deadline, all_day = to_moment(item["deadline"], "deadline")
    if all_day:  # "until 15 March": the whole day counts
        page.deadline = page.deadline.replace(hour=23, minute=59)


def dump_call(page, item, exporter):
    item["deadline"] = (
        timezone.localtime(page.deadline).replace(tzinfo=None).isoformat(timespec="minutes")
    )


CALL = PageKind(
    model=CallForProjectsPage,
    required=("title", "deadline"),
    fields=CALL_FIELDS,
    fill=fill_call,
    dump=dump_call,
    pages=content_pages(
        CallForProjectsPage,
        "deadline",
        related=("funder",),
        children=("documents__document__collection",),
    ),
    section="opportunities",
    documents=CallForProjectsDocument,
    by_hand=frozenset({"deadline"}),
)

JOB_FIELDS = (
    *CONTENT_FIELDS,
    Field("employer"),
    Choice("contract", Contract.choices, always=True),
    Field("place"),
    Day("deadline"),
    Day("start_date", "start"),
    Field("link"),
    Blocks("body"),
)


JOB = PageKind(
    model=JobOfferPage,
    required=("title", "employer", "contract", "place", "deadline"),
    fields=JOB_FIELDS,
    pages=content_pages(JobOfferPage, "deadline"),
    section="opportunities",
)
