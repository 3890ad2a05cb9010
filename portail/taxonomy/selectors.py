"""Reads of countries, themes and organisations, cached because they change rarely."""

from functools import lru_cache

from django.db import connection
from django.db.models import Prefetch

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


TAG_KINDS = (("country", "countries", "code"), ("theme", "themes", "slug"),
             ("organisation", "organisations", "slug"))  # fmt: skip


def page_tags(page):
    """A page's countries, themes and organisations, in that order, in one query."""
    with connection.cursor() as cursor:
        cursor.execute(_tags_sql(type(page)), [page.pk] * len(TAG_KINDS))
        rows = sorted(cursor.fetchall(), key=lambda row: (row[0], row[2]))
    return [Tag(kind, name, key) for _, kind, name, key in rows]


@lru_cache
def _tags_sql(page_model):
    """The query of `page_tags` for one page type, written once from the models' tables
    (built by the ORM for each page, a union of three joins cost more than the rest of the
    article's context)."""
    quote = connection.ops.quote_name
    parts = []
    for rank, (kind, relation, key) in enumerate(TAG_KINDS):
        field = page_model._meta.get_field(relation)
        tag, link = field.related_model._meta, field.remote_field.through._meta
        parts.append(
            f"SELECT {rank}, '{kind}', t.{quote('name')}, t.{quote(key)} "
            f"FROM {quote(tag.db_table)} t JOIN {quote(link.db_table)} l "
            f"ON l.{quote(field.m2m_reverse_name())} = t.{quote(tag.pk.column)} "
            f"WHERE l.{quote(field.m2m_column_name())} = %s"
        )
    return " UNION ALL ".join(parts)


def tagged(queryset, relation, tag, count=10):
    """The first `count` items of `queryset` tagged with `tag` through `relation`."""
    return list(queryset.filter(**{relation: tag})[:count])
