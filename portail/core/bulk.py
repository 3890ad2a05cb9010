"""Writing many pages at once without paying, on every save, for what can be done once."""

from collections import defaultdict
from contextlib import contextmanager

from django.db import transaction
from django.db.models.signals import post_save
from modelsearch import index
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from .cache import bump_content_version
from .planner import refresh_statistics

INDEXING_CHUNK = 400


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
        for model, pks in saved.items():
            pks = sorted(pks)
            # In chunks: SQLite caps the size of the expressions the prefetches make.
            for start in range(0, len(pks), INDEXING_CHUNK):
                chunk = pks[start : start + INDEXING_CHUNK]
                objects = list(indexing_queryset(model).filter(pk__in=chunk))
                for backend in backends:
                    if objects:
                        backend.add_bulk(model, objects)
        # The objects as saved (a page with its documents in memory), by Wagtail's own
        # method, without its task's reading each object again; one transaction for them all.
        with transaction.atomic():
            for instance in referring.values():
                ReferenceIndex.create_or_update_for_object(instance)
        refresh_statistics()
        bump_content_version()


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
