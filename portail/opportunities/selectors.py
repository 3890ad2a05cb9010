"""Reads of calls for projects and job offers: open or closed is decided by the clock."""

from django.core.paginator import Paginator
from django.utils import timezone

from portail.core.page_context import provides
from portail.core.pagination import paged_listing
from portail.taxonomy.selectors import page_tags, with_tags

from .forms import OpportunityFilterForm
from .models import CallForProjectsPage, JobOfferPage, Opportunities

CALLS_PER_PAGE = 20


def published_calls():
    return CallForProjectsPage.objects.visible().select_related("funder")


def open_calls(now=None):
    """Calls whose deadline has not passed, the one that closes soonest first."""
    return published_calls().filter(deadline__gt=now or timezone.now()).order_by("deadline", "pk")


def closed_calls(now=None):
    return (
        published_calls().filter(deadline__lte=now or timezone.now()).order_by("-deadline", "-pk")
    )


def open_job_offers(today=None):
    """Offers whose deadline is today or later: a closed offer leaves the listing by itself."""
    offers = JobOfferPage.objects.visible()
    return offers.filter(deadline__gte=today or timezone.localdate()).order_by("deadline", "pk")


def calls_closing_soon(count=3):
    """For the home page: the open calls with the nearest deadlines."""
    return list(open_calls()[:count])


@provides(Opportunities)
def opportunities_context(section, request):
    form = OpportunityFilterForm(request.GET or None)
    calls = form.filter(closed_calls() if form.closed else open_calls())
    paginator = Paginator(calls if form.shows("appels") else calls.none(), CALLS_PER_PAGE)
    offers = []
    if form.shows("offres") and not form.closed:
        offers = with_tags(list(form.filter(open_job_offers())))
    return {
        **paged_listing(request, form, paginator, then=with_tags),
        "closed": form.closed,
        "offers": offers,
    }


@provides(CallForProjectsPage)
@provides(JobOfferPage)
def opportunity_page_context(page, request):
    documents = page.documents.select_related("document") if hasattr(page, "documents") else []
    return {
        "page_tags": page_tags(page),
        "documents": list(documents),
        "is_open": page.is_open(),
    }
