"""`field__any=[…]`: membership in a list of values sent as one parameter.

`field__in` writes a placeholder a value. With the 400–500 page ids of a search at 100,000
pages, psycopg parses that query string for its placeholders again on each search (its cache
keys on the string, which changes with the count) and Django prepares each placeholder: 1–3
ms of CPU a search on PostgreSQL (docs/PERFORMANCE.md). There `= ANY(%s)` sends the list as
one array; on other databases this is `IN`. A list of plain integers for an integer column
is taken as it is: Django passes each value through the field two or three times (normalised,
prepared for the related field's target, then for the field), 1–2 ms a search."""

from django.db.models import Field, ForeignObject, IntegerField
from django.db.models.expressions import ColPairs
from django.db.models.fields.related_lookups import RelatedIn
from django.db.models.lookups import In


class OneArrayOnPostgreSQL:
    lookup_name = "any"

    def get_prep_lookup(self):
        if (
            isinstance(self.rhs, (list, tuple))
            and isinstance(column_field(self.lhs), IntegerField)
            and all(type(value) is int for value in self.rhs)  # not bool, not a str of digits
        ):
            return list(self.rhs)
        return super().get_prep_lookup()

    def as_postgresql(self, compiler, connection):
        if self.rhs_is_direct_value() and not isinstance(self.lhs, ColPairs):  # one column
            lhs, lhs_params = self.process_lhs(compiler, connection)
            values = [value for value in self.rhs if value is not None]
            return f"{lhs} = ANY(%s)", (*lhs_params, values)
        return self.as_sql(compiler, connection)


def column_field(lhs):
    """The field whose values the column holds: a relation's target field, followed."""
    field = getattr(lhs, "output_field", None)
    while getattr(field, "many_to_one", False) or getattr(field, "one_to_one", False):
        field = field.target_field
    return field


class Any(OneArrayOnPostgreSQL, In):
    pass


class RelatedAny(OneArrayOnPostgreSQL, RelatedIn):
    """`foreign_key__any=[ids]`."""


def register():
    Field.register_lookup(Any)
    ForeignObject.register_lookup(RelatedAny)
