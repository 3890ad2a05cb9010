"""Tables and their rows, written and read the way Django's serializers treat each field."""

import datetime
import decimal
import uuid

from django.apps import apps
from django.conf import settings
from django.utils.encoding import is_protected_type


def archived_models(connection):
    """Every table the portal keeps, as models, derived search indexes excepted."""
    existing = set(connection.introspection.table_names())
    derived = set(settings.BACKUP_DERIVED_MODELS)  # rebuilt after a restore
    models = {}
    for model in apps.get_models(include_auto_created=True):
        meta = model._meta
        if not meta.managed or meta.proxy or meta.label in derived:
            continue
        if meta.db_table in existing:
            models.setdefault(meta.db_table, model)
    return sorted(models.values(), key=lambda model: model._meta.label)


def columns(model):
    return list(model._meta.local_concrete_fields)


def encode_row(fields, obj):
    """A row as JSON-ready values: protected types as such, anything else as its field's
    string form (StreamField, files, binary data...)."""
    row = []
    for field in fields:
        value = field.value_from_object(obj)
        if value is not None and not is_protected_type(value):
            value = field.value_to_string(obj)
        row.append(value)
    return row


def decode_row(fields, values, connection):
    """The archived values, back to what the database takes for each column."""
    return [
        None if value is None else field.get_db_prep_save(field.to_python(value), connection)
        for field, value in zip(fields, values, strict=True)
    ]


def json_default(value):
    """Full precision: Django's JSON encoder would cut microseconds to milliseconds."""
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    raise TypeError(f"{type(value).__name__} cannot be archived")
