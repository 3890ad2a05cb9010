"""Reads of countries, themes and organisations, cached because they change rarely."""

from functools import lru_cache

from django.db import connection

from portail.core.cache import cached

from .addresses import tag_address
from .models import Country, Organisation, Theme


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
        return tag_address(self.kind, self.key.lower() if self.kind == "country" else self.key)

    def __repr__(self):
        return f"<Tag {self.kind} {self.name}>"


TAG_KINDS = (("country", "countries", "code"), ("theme", "themes", "slug"),
             ("organisation", "organisations", "slug"))  # fmt: skip


def page_tags(page):
    """A page's countries, themes and organisations, in that order, in one query."""
    return with_tags([page])[0].tags


def with_tags(pages):
    """`pages`, each given its countries, themes and organisations as `tags` (in that order,
    each kind in French order): one query a page type, whatever the number of pages (three
    prefetches cost three queries and their compilation, the most of a card's work)."""
    by_model = {}
    for page in pages:
        page.tags = []
        by_model.setdefault(type(page), {})[page.pk] = page
    for model, by_pk in by_model.items():
        with connection.cursor() as cursor:
            cursor.execute(_tags_sql(model, len(by_pk)), list(by_pk) * len(TAG_KINDS))
            rows = sorted(cursor.fetchall(), key=lambda row: (row[0], row[1]))
        for rank, _, page_pk, name, key in rows:
            by_pk[page_pk].tags.append(Tag(TAG_KINDS[rank][0], name, key))
    return pages


@lru_cache
def _tags_sql(page_model, count):
    """The query of `with_tags` for `count` pages of one type, written once from the models'
    tables (built by the ORM for each page, a union of three joins cost more than the rest of
    the article's context). Rows: rank of the kind, sort key, page, name, key."""
    quote = connection.ops.quote_name
    placeholders = ", ".join(["%s"] * count)
    parts = []
    for rank, (_, relation, key) in enumerate(TAG_KINDS):
        field = page_model._meta.get_field(relation)
        tag, link = field.related_model._meta, field.remote_field.through._meta
        page_column = f"l.{quote(field.m2m_column_name())}"
        parts.append(
            f"SELECT {rank}, t.{quote('slug')}, {page_column}, t.{quote('name')}, "
            f"t.{quote(key)} FROM {quote(tag.db_table)} t JOIN {quote(link.db_table)} l "
            f"ON l.{quote(field.m2m_reverse_name())} = t.{quote(tag.pk.column)} "
            f"WHERE {page_column} IN ({placeholders})"
        )
    return " UNION ALL ".join(parts)


def tagged(queryset, relation, tag, count=10):
    """The first `count` items of `queryset` tagged with `tag` through `relation`."""
    return list(queryset.filter(**{relation: tag})[:count])
