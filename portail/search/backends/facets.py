"""A search "backend" that answers no query: it keeps the SearchItem table that the search
page's facets and results read. Registered beside the real backend, it receives every index
update Wagtail makes (page saved, published, unpublished, deleted; imports; `update_index`).
Each update also bumps the content version, which names the cached searches: a page found by
the new text of a replaced document changes no page, but changes what a search lists."""

from modelsearch.backends.base import BaseIndex, BaseSearchBackend

from portail.core.cache import bump_content_version

from ..items import kind_of, write_items
from ..models import SearchItem


class SearchItemIndex(BaseIndex):
    def add_items(self, model, items):
        if kind_of(model) is not None:
            write_items(list(items))
            bump_content_version()

    def delete_item(self, item):
        if kind_of(type(item)) is not None:
            SearchItem.objects.filter(page_id=item.pk).delete()
            bump_content_version()

    def reset(self):
        SearchItem.objects.all().delete()
        bump_content_version()


class SearchItemRebuilder:
    def __init__(self, index):
        self.index = index

    def start(self):
        self.index.reset()
        return self.index

    def finish(self):
        pass


class SearchItemBackend(BaseSearchBackend):
    index_class = SearchItemIndex
    rebuilder_class = SearchItemRebuilder

    def search(self, *args, **kwargs):
        raise NotImplementedError("The facets backend keeps a table; search with 'default'.")

    autocomplete = search


SearchBackend = SearchItemBackend
