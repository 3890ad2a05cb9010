"""Writes on pages shared by the demo, the importer and the tests."""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page


def page_publish(parent, page, published_at=None, user=None, quietly=False):
    """Add `page` under `parent`, save a first revision and publish it, as an editor would.

    `published_at` backdates the first publication (archives, demo content). `quietly` (for
    imports) skips the publish action's log entry and signals: the page is created live, its
    revision recorded as the live one; callers refresh caches once at the end."""
    if not quietly:
        parent.add_child(instance=page)
        page.save_revision(user=user).publish(user=user)
    else:
        page.live = True
        page.first_published_at = page.last_published_at = timezone.now()
        parent.add_child(instance=page)
        revision = page.save_revision(user=user, log_action=False, clean=False)
        Page.objects.filter(pk=page.pk).update(
            live_revision=revision, has_unpublished_changes=False
        )
        page.live_revision, page.has_unpublished_changes = revision, False
    if published_at is not None:
        if isinstance(published_at, datetime.date) and not isinstance(
            published_at, datetime.datetime
        ):
            published_at = timezone.make_aware(
                datetime.datetime.combine(published_at, datetime.time(9))
            )
        Page.objects.filter(pk=page.pk).update(
            first_published_at=published_at, last_published_at=published_at
        )
        page.first_published_at = page.last_published_at = published_at
    return page


def child_of_type(parent, model, **defaults):
    """The child of `parent` of type `model` (with the given slug, if any), created and
    published when missing."""
    children = model.objects.child_of(parent)
    if "slug" in defaults:
        children = children.filter(slug=defaults["slug"])
    existing = children.first()
    if existing:
        return existing
    return page_publish(parent, model(**defaults))


def pages_bulk_create(parent, pages, published_at=None):
    """Insert many new live children of `parent` in a handful of queries, without revisions.

    For generated data (tests, `portail demo --scale`): Wagtail's add_child costs a dozen
    queries a page. Django cannot bulk-insert multi-table models, so the base rows go through
    bulk_create and the specific rows through one executemany. Parental many-to-many values
    and child objects are not saved: callers add them in bulk. Returns the pages with their pk.
    """
    if not pages:
        return []
    model = type(pages[0])
    parent = Page.objects.get(pk=parent.pk)
    content_type = ContentType.objects.get_for_model(model)
    last_child = parent.get_last_child()
    step = Page._str2int(last_child.path[-Page.steplen :]) if last_child else 0
    now = published_at or timezone.now()
    base_pages = []
    for offset, page in enumerate(pages, start=1):
        page.slug = page.slug or slugify(page.title)[:240] or "page"
        page.path = Page._get_path(parent.path, parent.depth + 1, step + offset)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type = content_type
        page.locale_id = parent.locale_id
        page.live = True
        page.has_unpublished_changes = False
        page.draft_title = page.title
        page.first_published_at = page.first_published_at or now
        page.last_published_at = page.last_published_at or now
        base_pages.append(
            Page(**{f.attname: getattr(page, f.attname) for f in Page._meta.concrete_fields})
        )
    Page.objects.bulk_create(base_pages)
    if not base_pages[0].pk:  # databases without RETURNING: read the keys back by path
        ids = dict(
            Page.objects.filter(path__in=[p.path for p in base_pages]).values_list("path", "pk")
        )
        for base in base_pages:
            base.pk = ids[base.path]
    local_fields = list(model._meta.local_concrete_fields)
    columns = ", ".join(connection.ops.quote_name(f.column) for f in local_fields)
    placeholders = ", ".join(["%s"] * len(local_fields))
    rows = []
    for page, base in zip(pages, base_pages, strict=True):
        page.pk = page.id = page.page_ptr_id = base.pk
        rows.append(
            [f.get_db_prep_save(getattr(page, f.attname), connection) for f in local_fields]
        )
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {connection.ops.quote_name(model._meta.db_table)} ({columns}) VALUES ({placeholders})",
            rows,
        )
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))
    return pages
