"""Reads of the resource centre."""

from django.core.paginator import InvalidPage
from django.db.models import Count
from django.http import Http404

from portail.core.cache import cached
from portail.core.pagination import TwoEndedPaginator
from portail.core.routing import exclude_restricted
from portail.images.selectors import CARD, image_with_renditions
from portail.taxonomy.selectors import tag_prefetches

from .forms import ResourceFilterForm
from .models import Media, ResourcePage

RESOURCES_PER_PAGE = 12
NEWEST_FIRST = ("-publication_date", "-page_ptr_id")


def published_resources():
    """Live resources that anonymous visitors may see, newest first."""
    return exclude_restricted(ResourcePage.objects.live()).order_by(*NEWEST_FIRST)


def media_counts():
    """[(value, label, count)] for the four media types, zero included: one query per content
    version (a count over every resource, on the home page and the resource centre)."""

    def count():
        return dict(
            exclude_restricted(ResourcePage.objects.live())
            .order_by()
            .values_list("media")
            .annotate(n=Count("pk"))
            .values_list("media", "n")
        )

    counts = cached("media-counts", count)
    return [(value, label, counts.get(value, 0)) for value, label in Media.choices]


def resource_centre_context(request):
    form = ResourceFilterForm(request.GET or None)
    paginator = TwoEndedPaginator(
        form.filter(published_resources()),
        RESOURCES_PER_PAGE,
        count_key=f"resources:{form.query_string()}",
    )
    try:
        page = paginator.page(request.GET.get("page") or 1)
    except InvalidPage as error:
        raise Http404(str(error)) from error
    return {
        "filter_form": form,
        "filter_query": form.query_string(),
        "media_counts": media_counts(),
        "resources_page": page,
        "resources": list(
            page.object_list.prefetch_related(image_with_renditions(CARD), *tag_prefetches())
        ),
        "page_range": paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1),
    }
