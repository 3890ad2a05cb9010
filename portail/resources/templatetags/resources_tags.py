from django import template

from portail.taxonomy.selectors import tagged

from ..models import Media, ResourceCentre
from ..selectors import media_counts, published_resources

register = template.Library()


@register.inclusion_tag("components/resource_centre_entry.html", takes_context=True)
def resource_centre_entry(context):
    """The resource centre's entry: a link per media type."""
    request = context.get("request")
    centre = ResourceCentre.objects.live().only("title", "url_path", "path", "depth").first()
    return {"centre": centre, "media": Media.choices, "request": request}


@register.simple_tag
def resource_counts():
    """(media type, label, number of resources) for each type."""
    return media_counts()


@register.simple_tag
def resources_tagged(relation, tag, count=10):
    """For a tag page: the latest ones tagged with `tag`, one query, no images."""
    return tagged(published_resources(), relation, tag, count)
