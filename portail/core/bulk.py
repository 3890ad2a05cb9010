"""Writing many pages at once without paying, on every save, for what can be done once."""

from collections import defaultdict
from contextlib import contextmanager

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models.signals import post_save
from modelsearch import index
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from .cache import bump_content_version
from .planner import refresh_statistics

INDEXING_CHUNK = 400
# modelsearch's PostgreSQL backend recomputes the title norms of the whole index after each
# chunk it adds (an aggregate and an update of every new entry): fewer, larger chunks there.
POSTGRES_INDEXING_CHUNK = 2000


@contextmanager
def deferred_indexing():
    """Inside the block, saves do not update the search index one object at a time (three
    times per published page); the objects saved, and those passed to the `register` function
    the block receives, are indexed in bulk when the block ends. So is the reference index
    (where an image or a document is used, for the admin), once an object."""
    models = [
        model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)
    ]
    saved = defaultdict(set)
    referring = {}  # (model, pk) → the object saved, whose references are to be recorded

    def remember(sender, instance, raw=False, **kwargs):
        if not raw:
            saved[sender].add(instance.pk)

    def remember_references(sender, instance, raw=False, **kwargs):
        if not raw and ReferenceIndex.is_indexed(sender):
            referring[(sender, instance.pk)] = instance

    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
        post_save.connect(
            remember, sender=model, dispatch_uid=f"portail-deferred-{model._meta.label}"
        )

    def register(instances, references=True):
        """Index these too: objects written without save(), by bulk_create (with their
        references, unless told: generated content at scale has none worth the time)."""
        for instance in instances:
            saved[type(instance)].add(instance.pk)
            if references:
                remember_references(type(instance), instance)

    post_save.connect(remember_references, dispatch_uid="portail-deferred-references")
    try:
        with disable_reference_index_auto_update():
            yield register
    finally:
        post_save.disconnect(dispatch_uid="portail-deferred-references")
        for model in models:
            post_save.disconnect(sender=model, dispatch_uid=f"portail-deferred-{model._meta.label}")
            post_save.connect(post_save_signal_handler, sender=model)
        backends = list(get_search_backends(with_auto_update=True))
        # In chunks: SQLite caps the size of the expressions the prefetches make.
        size = INDEXING_CHUNK if connection.vendor == "sqlite" else POSTGRES_INDEXING_CHUNK
        for model, pks in saved.items():
            pks = sorted(pks)
            for start in range(0, len(pks), size):
                chunk = pks[start : start + size]
                objects = list(indexing_queryset(model).filter(pk__in=chunk))
                for backend in backends:
                    if objects:
                        backend.add_bulk(model, objects)
        with transaction.atomic():
            record_references(list(referring.values()))
        refresh_statistics()
        bump_content_version()


def record_references(instances):
    """The reference index of these objects as saved (a page with its documents in memory).
    Those with no reference recorded yet — new objects, the bulk of an import — get theirs in
    one insert a chunk; the others go through Wagtail's own update, which reads what is
    recorded first (two queries an object: a fifth of an import's time on PostgreSQL)."""
    by_base = defaultdict(list)
    for instance in instances:
        base_model = ([type(instance)] + instance._meta.get_parent_list())[-1]
        by_base[base_model].append(instance)
    for base_model, objects in by_base.items():
        base_type = ContentType.objects.get_for_model(base_model, for_concrete_model=False)
        for start in range(0, len(objects), INDEXING_CHUNK):
            chunk = objects[start : start + INDEXING_CHUNK]
            recorded = set(
                ReferenceIndex.objects.filter(
                    base_content_type=base_type, object_id__in=[o.pk for o in chunk]
                ).values_list("object_id", flat=True)
            )
            rows = []
            for instance in chunk:
                if str(instance.pk) in recorded:
                    ReferenceIndex.create_or_update_for_object(instance)
                else:
                    rows += _reference_rows(instance, base_type)
            ReferenceIndex.objects.bulk_create(rows, ignore_conflicts=True)


def _reference_rows(instance, base_type):
    # Wagtail's extraction and path hash, as its own update uses them (no public form).
    content_type = ContentType.objects.get_for_model(instance, for_concrete_model=False)
    return [
        ReferenceIndex(
            content_type=content_type,
            base_content_type=base_type,
            object_id=instance.pk,
            to_content_type_id=to_type_id,
            to_object_id=to_id,
            model_path=model_path,
            content_path=content_path,
            content_path_hash=ReferenceIndex._get_content_path_hash(content_path),
        )
        for to_type_id, to_id, model_path, content_path in set(
            ReferenceIndex._extract_references_from_object(instance)
        )
    ]


def indexing_queryset(model):
    """The model's indexed objects with every relation its search fields read prefetched:
    the search backends read them object by object, which costs a query per object and field
    otherwise (modelsearch prefetches neither parental many-to-many fields nor nested ones)."""
    queryset = model.get_indexed_objects()
    lookups = []
    for field in model.get_search_fields():
        if isinstance(field, index.RelatedFields):
            lookups += _related_lookups(model, field, prefix="")
    return queryset.prefetch_related(*lookups) if lookups else queryset


def _related_lookups(model, related, prefix):
    from modelcluster.fields import ParentalManyToManyField

    try:
        django_field = model._meta.get_field(related.field_name)
    except Exception:
        return []
    path = f"{prefix}{related.field_name}"
    lookups = []
    if isinstance(django_field, ParentalManyToManyField) or prefix:
        lookups.append(path)
    target = django_field.related_model
    for nested in related.fields:
        if isinstance(nested, index.RelatedFields):
            lookups += _related_lookups(target, nested, prefix=f"{path}__")
            if path not in lookups:
                lookups.append(path)
    return lookups
