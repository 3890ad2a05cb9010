"""Reads of the resource centre."""

from django.db.models import Count

from portail.core.cache import cached
from portail.core.page_context import provides
from portail.core.pagination import TwoEndedPaginator, paged_listing
from portail.images.selectors import CARD, image_with_renditions
from portail.taxonomy.selectors import with_tags

from .forms import ResourceFilterForm
from .models import Media, ResourceCentre, ResourcePage

RESOURCES_PER_PAGE = 12
NEWEST_FIRST = ("-publication_date", "-page_ptr_id")


def published_resources():
    """Live resources that anonymous visitors may see, newest first."""
    return ResourcePage.objects.visible().order_by(*NEWEST_FIRST)


def media_counts():
    """[(value, label, count)] for the four media types, zero included: one query per content
    version (a count over every resource, on the home page and the resource centre)."""

    def count():
        return dict(
            ResourcePage.objects.visible()
            .order_by()
            .values_list("media")
            .annotate(n=Count("pk"))
            .values_list("media", "n")
        )

    counts = cached("media-counts", count)
    return [(value, label, counts.get(value, 0)) for value, label in Media.choices]


@provides(ResourceCentre)
def resource_centre_context(centre, request):
    form = ResourceFilterForm(request.GET or None)
    paginator = TwoEndedPaginator(
        form.filter(published_resources()),
        RESOURCES_PER_PAGE,
        count_key=f"resources:{form.query_string()}",
    )
    return {
        **paged_listing(request, form, paginator, [image_with_renditions(CARD)], then=with_tags),
        "media_counts": media_counts(),
    }
