from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import page_slug_changed, post_page_move

from .items import item_url, site_root_paths
from .models import SearchItem
from .reindex import reindex_pages_with_document


@receiver(page_slug_changed)
@receiver(post_page_move)
def refresh_addresses_below(sender, instance, **kwargs):
    """A section renamed or moved changes the address of every page below it, which Wagtail
    rewrites without saving them one by one."""
    below = SearchItem.objects.filter(page__path__startswith=instance.path)
    rows = list(below.values_list("pk", "url", "page__url_path"))
    if not rows:
        return
    roots = site_root_paths()
    changed = []
    for pk, url, url_path in rows:
        new_url = item_url(url_path, roots)
        if new_url and new_url != url:
            changed.append(SearchItem(pk=pk, url=new_url))
    SearchItem.objects.bulk_update(changed, ["url"], batch_size=500)


@receiver(post_save, sender="documents.PortailDocument")
def reindex_pages_of_document(sender, instance, created, **kwargs):
    """A document's file replaced: the pages it is attached to are found by its new text."""
    if created or kwargs.get("raw"):
        return
    reindex_pages_with_document(instance)
