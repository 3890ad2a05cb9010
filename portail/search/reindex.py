from django.apps import apps
from modelsearch.index import insert_or_update_object

from portail.core.models import PageDocument


def reindex_pages_with_document(document):
    """Index again the live pages a document is attached to, once its text has changed."""
    if not document.text_changed:
        return
    for model in apps.get_models():
        if not issubclass(model, PageDocument):
            continue
        page_model = model._meta.get_field("page").related_model
        for page in page_model.objects.live().filter(documents__document=document).distinct():
            insert_or_update_object(page)
