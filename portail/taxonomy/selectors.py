"""Reads of countries, themes and organisations, cached because they change rarely."""

from django.db.models import CharField, F, Prefetch, Value

from portail.core.cache import cached

from .models import Country, Organisation, Theme


def tag_prefetches():
    """Prefetches for the tags a card shows: one query per kind, whatever the number of cards."""
    return (
        Prefetch("countries", queryset=Country.objects.only("code", "name")),
        Prefetch("themes", queryset=Theme.objects.only("slug", "name")),
        Prefetch("organisations", queryset=Organisation.objects.only("slug", "name")),
    )


def filter_choices():
    """(value, label) lists for the filter menus: countries by ISO code, themes and organisations
    by slug. Cached until the content changes."""

    def compute():
        return {
            "countries": [(c.lower(), n) for c, n in Country.objects.values_list("code", "name")],
            "themes": list(Theme.objects.values_list("slug", "name")),
            "organisations": list(Organisation.objects.values_list("slug", "name")),
        }

    return cached("filter-choices", compute, 3600)


class Tag:
    """A country, theme or organisation as a page lists it: a name and a link."""

    def __init__(self, kind, name, key):
        self.kind, self.name, self.key = kind, name, key

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse(
            f"taxonomy:{self.kind}", args=[self.key.lower() if self.kind == "country" else self.key]
        )

    def __repr__(self):
        return f"<Tag {self.kind} {self.name}>"


def page_tags(page):
    """A page's countries, themes and organisations, in that order, in one query."""
    parts = []
    for rank, (kind, relation) in enumerate(
        (("country", "countries"), ("theme", "themes"), ("organisation", "organisations"))
    ):
        field = type(page)._meta.get_field(relation)
        model, link = field.related_model, field.remote_field.through
        key = "code" if kind == "country" else "slug"
        ids = link.objects.filter(**{f"{field.m2m_field_name()}_id": page.pk}).values(
            f"{field.m2m_reverse_field_name()}_id"
        )
        parts.append(
            model.objects.filter(pk__in=ids)
            .order_by()
            .annotate(kind=Value(kind, CharField()), key=F(key), rank=Value(rank))
            .values_list("rank", "kind", "name", "key")
        )
    rows = sorted(parts[0].union(*parts[1:], all=True), key=lambda row: (row[0], row[2]))
    return [Tag(kind, name, key) for _, kind, name, key in rows]


def tagged(queryset, relation, tag, count=10):
    """The first `count` items of `queryset` tagged with `tag` through `relation`."""
    return list(queryset.filter(**{relation: tag})[:count])
