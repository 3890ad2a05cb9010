"""The public read-only API (Wagtail API v2): pages, images, documents; anonymous visitors'
view only (live, unrestricted pages), rate-limited per address."""

import datetime

from django.conf import settings
from rest_framework.filters import BaseFilterBackend
from rest_framework.throttling import SimpleRateThrottle
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from portail.core.models import ContentPage

TAG_FILTERS = {
    "pays": ("countries__code", str.upper),
    "theme": ("themes__slug", str),
    "organisation": ("organisations__slug", str),
}
DATE_FILTERS = {"publie_apres": "publication_date__gte", "publie_avant": "publication_date__lte"}


class PerAddressThrottle(SimpleRateThrottle):
    """API_RATE requests per address (e.g. "120/minute"), counted in the shared cache."""

    scope = "api"

    def get_rate(self):
        return settings.API_RATE

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class TagAndDateFilter(BaseFilterBackend):
    """?type=news.NewsPage&pays=sn&theme=jumelages&publie_apres=2026-01-01: the content pages'
    countries, themes, organisations and publication date."""

    def filter_queryset(self, request, queryset, view):
        asked = [key for key in (*TAG_FILTERS, *DATE_FILTERS) if request.GET.get(key)]
        if not asked:
            return queryset
        if not issubclass(queryset.model, ContentPage):
            raise BadRequestError(
                f"{', '.join(asked)}: filter needs a content type, e.g. ?type=news.NewsPage"
            )
        for key in asked:
            value = request.GET[key]
            if key in TAG_FILTERS:
                lookup, normalise = TAG_FILTERS[key]
                queryset = queryset.filter(**{lookup: normalise(value)})
            else:
                try:
                    day = datetime.date.fromisoformat(value)
                except ValueError as error:
                    raise BadRequestError(f"{key}: expected a date, YYYY-MM-DD") from error
                queryset = queryset.filter(**{DATE_FILTERS[key]: day})
        return queryset


class PublicPagesAPIViewSet(PagesAPIViewSet):
    filter_backends = [TagAndDateFilter, *PagesAPIViewSet.filter_backends]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(
        {*TAG_FILTERS, *DATE_FILTERS}
    )
    throttle_classes = [PerAddressThrottle]


class PublicImagesAPIViewSet(ImagesAPIViewSet):
    throttle_classes = [PerAddressThrottle]


class PublicDocumentsAPIViewSet(DocumentsAPIViewSet):
    throttle_classes = [PerAddressThrottle]


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
