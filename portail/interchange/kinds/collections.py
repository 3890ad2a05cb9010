"""Collections (of documents and images) and who may see them; the same privacy on pages.

A line's `privacy` is "login" (any signed-in account), {"groups": [names]} or
{"password": "…"}; no `privacy` means public."""

from django.contrib.auth.models import Group
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from ..schema import LineError
from .base import RecordKind


def load_privacy(value, restriction_model, **target):
    """Replace the restrictions of `target` (page= or collection=) by what `value` says."""
    restriction_model.objects.filter(**target).delete()
    if value in (None, ""):
        return
    if value == "login":
        restriction_model.objects.create(**target, restriction_type=restriction_model.LOGIN)
    elif isinstance(value, dict) and isinstance(value.get("groups"), list) and value["groups"]:
        restriction = restriction_model.objects.create(
            **target, restriction_type=restriction_model.GROUPS
        )
        restriction.groups.set(
            [Group.objects.get_or_create(name=str(name))[0] for name in value["groups"]]
        )
    elif isinstance(value, dict) and value.get("password"):
        restriction_model.objects.create(
            **target, restriction_type=restriction_model.PASSWORD, password=str(value["password"])
        )
    else:
        raise LineError('privacy must be "login", {"groups": [...]} or {"password": "..."}')


def dump_privacy(restriction):
    if restriction is None:
        return None
    if restriction.restriction_type == restriction.LOGIN:
        return "login"
    if restriction.restriction_type == restriction.PASSWORD:
        return {"password": restriction.password}
    return {"groups": sorted(group.name for group in restriction.groups.all())}


def set_page_privacy(page, value):
    load_privacy(value, PageViewRestriction, page=page)


def _key(item):
    return f"collection:{item['name']}"


def _upsert(item, files):
    root = Collection.get_first_root_node()
    collection = Collection.objects.filter(depth=2, name=str(item["name"])).first()
    collection = collection or root.add_child(name=str(item["name"]))
    load_privacy(item.get("privacy"), CollectionViewRestriction, collection=collection)
    return collection


def _export(exporter):
    for collection in (
        Collection.objects.filter(depth=2)
        .prefetch_related("view_restrictions__groups")
        .order_by("name")
    ):
        item = {"kind": "collection", "name": collection.name}
        privacy = dump_privacy(next(iter(collection.view_restrictions.all()), None))
        if privacy:
            item["privacy"] = privacy
        yield item


COLLECTION = RecordKind(
    required=("name",),
    key=_key,
    upsert=_upsert,
    export=_export,
    carries={Collection: {"name"}},
)
