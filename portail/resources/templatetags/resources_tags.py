from django import template

from ..models import Media, ResourceCentre

register = template.Library()


@register.inclusion_tag("components/resource_centre_entry.html", takes_context=True)
def resource_centre_entry(context):
    """The resource centre's entry: a link per media type."""
    request = context.get("request")
    centre = ResourceCentre.objects.live().only("title", "url_path", "path", "depth").first()
    return {"centre": centre, "media": Media.choices, "request": request}
