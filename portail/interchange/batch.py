"""Writing a batch of new pages from an import in a dozen queries instead of fifty a page."""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from modelcluster.models import get_all_child_relations
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, PageLogEntry, Revision

from portail.core.services import pages_bulk_create

from .models import ImportRecord

TAG_RELATIONS = ("countries", "themes", "organisations", "contacts")
CHILD_RELATIONS = ("documents", "gallery", "projects")


def write_new_pages(plans, parent_for_kind):
    """Create the plans' pages live, each with its first revision, tags, documents, redirect
    and import record. Must run inside a transaction."""
    by_kind = defaultdict(list)
    for plan in plans:
        by_kind[plan.kind].append(plan)
    for kind, kind_plans in by_kind.items():
        _write_kind(kind_plans, parent_for_kind(kind))


def _write_kind(plans, parent):
    pages = [plan.page for plan in plans]
    model = type(pages[0])
    # Read the in-memory relations before the pages get their keys.
    tags = [
        {name: list(getattr(page, name).all()) for name in TAG_RELATIONS if hasattr(page, name)}
        for page in pages
    ]
    children = [
        {name: list(getattr(page, name).all()) for name in CHILD_RELATIONS if hasattr(page, name)}
        for page in pages
    ]
    for page in pages:
        _hold_child_relations(page)
    for plan in plans:
        if plan.published_on:
            plan.page.first_published_at = plan.page.last_published_at = timezone.make_aware(
                timezone.datetime.combine(
                    plan.published_on, timezone.datetime.min.time().replace(hour=9)
                )
            )
        if (
            hasattr(plan.page, "publication_date")
            and plan.page.publication_date is None
            and plan.published_on
        ):
            plan.page.publication_date = plan.published_on
        _prepare_for_insert(plan.page)
    pages_bulk_create(parent, pages)

    for name in TAG_RELATIONS:
        if not hasattr(model, name):
            continue
        field = model._meta.get_field(name)
        through = field.remote_field.through
        source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
        through.objects.bulk_create(
            [
                through(**{source: page.pk, target: tag.pk})
                for page, page_tags in zip(pages, tags, strict=True)
                for tag in page_tags.get(name, [])
            ]
        )
    for name in CHILD_RELATIONS:
        rows = []
        for page, page_children in zip(pages, children, strict=True):
            for order, child in enumerate(page_children.get(name, [])):
                child.pk = None
                child.page_id, child.sort_order = page.pk, order
                rows.append(child)
        if rows:
            type(rows[0]).objects.bulk_create(rows)

    content_type = ContentType.objects.get_for_model(model)
    base_type = ContentType.objects.get_for_model(Page)
    now = timezone.now()
    revisions = Revision.objects.bulk_create(
        [
            Revision(
                content_type=content_type,
                base_content_type=base_type,
                object_id=str(page.pk),
                content=page.serializable_data(),
                created_at=now,
                object_str=page.title[:255],
            )
            for page in pages
        ]
    )
    base_pages = []
    for page, revision in zip(pages, revisions, strict=True):
        page.latest_revision_id = page.live_revision_id = revision.pk
        base_pages.append(
            Page(pk=page.pk, latest_revision_id=revision.pk, live_revision_id=revision.pk)
        )
    Page.objects.bulk_update(base_pages, ["latest_revision", "live_revision"])
    # What a publication records besides the page: its line in the page's history. (The
    # references that tell editors where an image is used: `deferred_indexing`.)
    PageLogEntry.objects.bulk_create(
        [
            PageLogEntry(
                page_id=page.pk,
                content_type=content_type,
                label=page.title,
                action="wagtail.publish",
                revision=revision,
                timestamp=now,
                content_changed=True,
            )
            for page, revision in zip(pages, revisions, strict=True)
        ]
    )

    redirects = {
        Redirect.normalise_path(plan.source_url): plan.page for plan in plans if plan.source_url
    }
    if redirects:
        Redirect.objects.filter(site=None, old_path__in=list(redirects)).delete()
        Redirect.objects.bulk_create(
            [
                Redirect(old_path=path, site=None, redirect_page=page, is_permanent=True)
                for path, page in redirects.items()
            ]
        )
    ImportRecord.objects.bulk_create(
        [ImportRecord(key=plan.key, digest=plan.digest, page_id=plan.page.pk) for plan in plans]
    )


def _hold_child_relations(page):
    """Every child relation of the new page kept in memory, its comments' too (none): the
    reference index reads them once the page is written, with a query a page otherwise."""
    for relation in get_all_child_relations(page):
        name = relation.get_accessor_name()
        setattr(page, name, list(getattr(page, name).all()))


def _prepare_for_insert(page):
    """What save() would have done: the event's end, all-day boundaries."""
    normalise = getattr(page, "normalise_dates", None)
    if normalise:
        normalise()
