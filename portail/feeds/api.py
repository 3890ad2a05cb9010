"""The public read-only API (Wagtail API v2): pages, images, documents; anonymous visitors'
view only (live, unrestricted pages), rate-limited per address."""

import datetime
from pathlib import Path

from django.conf import settings
from django.db.models import Q
from django.http import HttpResponse
from rest_framework.filters import BaseFilterBackend
from rest_framework.throttling import BaseThrottle
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import get_page_models

from portail.core.models import ContentPage
from portail.core.throttle import Limit
from portail.search.query import MAX_WORDS

TAG_FILTERS = {
    "pays": ("countries__code", str.upper),
    "theme": ("themes__slug", str),
    "organisation": ("organisations__slug", str),
}
PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
DATE_FILTERS = {"publie_apres": "publication_date__gte", "publie_avant": "publication_date__lte"}


class PerAddressThrottle(BaseThrottle):
    """API_RATE requests per address (e.g. "120/minute"), counted once for the whole site
    (core/throttle.py), in fixed windows."""

    def allow_request(self, request, view):
        count, period = settings.API_RATE.split("/")
        self.limit = Limit("api", int(count), PERIODS[period[0]])
        return not self.limit.exceeded(self.get_ident(request))

    def wait(self):
        return self.limit.retry_after()


class TagAndDateFilter(BaseFilterBackend):
    """?pays=sn&theme=jumelages&publie_apres=2026-01-01 (with or without ?type=news.NewsPage):
    the content pages' countries, themes, organisations and publication date."""

    def filter_queryset(self, request, queryset, view):
        lookups = self._lookups(request)
        if not lookups:
            return queryset
        if issubclass(queryset.model, ContentPage):
            return queryset.filter(**lookups)
        # No type given: the pages of every content type that match.
        matching = Q()
        for model in content_page_models():
            matching |= Q(pk__in=model.objects.filter(**lookups).values("pk"))
        return queryset.filter(matching)

    @staticmethod
    def _lookups(request):
        lookups = {}
        for key, (lookup, normalise) in TAG_FILTERS.items():
            if request.GET.get(key):
                lookups[lookup] = normalise(request.GET[key])
        for key, lookup in DATE_FILTERS.items():
            if key in request.GET:
                try:
                    lookups[lookup] = datetime.date.fromisoformat(request.GET[key])
                except ValueError as error:
                    raise BadRequestError(f"{key}: expected a date, YYYY-MM-DD") from error
        return lookups


def content_page_models():
    return [model for model in get_page_models() if issubclass(model, ContentPage)]


MAX_OFFSET = 10**9


class GuardedListing:
    """Queries the databases cannot take are a 400, not a 500: an offset past a billion, a NUL
    character (PostgreSQL refuses it in text, SQLite's full-text parser fails on it), a search
    of more words than the site's own search reads (Wagtail's query tree of hundreds of words
    exhausts Python's recursion)."""

    def listing_view(self, request):
        self.refuse_unreadable(request)
        return super().listing_view(request)

    def find_view(self, request):
        self.refuse_unreadable(request)
        return super().find_view(request)

    @staticmethod
    def refuse_unreadable(request):
        offset = request.GET.get("offset", "0")
        if offset.isdigit() and int(offset) > MAX_OFFSET:
            raise BadRequestError(f"offset must be at most {MAX_OFFSET}")
        if any("\x00" in value for values in request.GET.lists() for value in values[1]):
            raise BadRequestError("a parameter holds a NUL character")
        if len(request.GET.get("search", "").split()) > MAX_WORDS:
            raise BadRequestError(f"search: at most {MAX_WORDS} words")


class PublicPagesAPIViewSet(GuardedListing, PagesAPIViewSet):
    filter_backends = [TagAndDateFilter, *PagesAPIViewSet.filter_backends]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(
        {*TAG_FILTERS, *DATE_FILTERS}
    )
    throttle_classes = [PerAddressThrottle]


class PublicImagesAPIViewSet(GuardedListing, ImagesAPIViewSet):
    throttle_classes = [PerAddressThrottle]


class PublicDocumentsAPIViewSet(GuardedListing, DocumentsAPIViewSet):
    throttle_classes = [PerAddressThrottle]


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)


OPENAPI = Path(__file__).with_name("openapi.json")


def openapi_document(request):
    """/api/v2/openapi.json: the API described in OpenAPI 3."""
    return HttpResponse(OPENAPI.read_bytes(), content_type="application/json")
