"""Writing many pages at once without paying, on every save, for what can be done once."""

from collections import defaultdict
from contextlib import contextmanager

from django.db.models.signals import post_save
from modelsearch import index
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.signal_handlers import disable_reference_index_auto_update

from .cache import bump_content_version


@contextmanager
def deferred_indexing():
    """Inside the block, saves do not update the search index one object at a time (three
    times per published page); the objects saved, and those passed to the `register` function
    the block receives, are indexed in bulk when the block ends.
    The reference index, which only serves the admin's usage counts, is not updated; rebuild
    it with `portail rebuild_references_index` after a large import."""
    models = [
        model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)
    ]
    saved = defaultdict(set)

    def remember(sender, instance, raw=False, **kwargs):
        if not raw:
            saved[sender].add(instance.pk)

    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
        post_save.connect(
            remember, sender=model, dispatch_uid=f"portail-deferred-{model._meta.label}"
        )

    def register(instances):
        """Index these too: objects written without save(), by bulk_create."""
        for instance in instances:
            saved[type(instance)].add(instance.pk)

    try:
        with disable_reference_index_auto_update():
            yield register
    finally:
        for model in models:
            post_save.disconnect(sender=model, dispatch_uid=f"portail-deferred-{model._meta.label}")
            post_save.connect(post_save_signal_handler, sender=model)
        for model, pks in saved.items():
            objects = list(model.objects.filter(pk__in=pks))
            for backend in get_search_backends(with_auto_update=True):
                if objects:
                    backend.add_bulk(model, objects)
        bump_content_version()
