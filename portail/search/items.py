"""What a published page gives the search page: its kind, date, address, text and tags."""

from django.utils import timezone
from wagtail.models import Site

from .models import Kind, SearchItem

KIND_OF_MODEL = {
    "news.newspage": Kind.NEWS,
    "agenda.eventpage": Kind.EVENT,
    "resources.resourcepage": Kind.RESOURCE,
    "network.countrygrouppage": Kind.GROUP,
    "funds.solidarityfundpage": Kind.FUND,
    "opportunities.callforprojectspage": Kind.CALL,
    "opportunities.jobofferpage": Kind.JOB,
    "core.standardpage": Kind.PAGE,
}
TEXT_FIELDS = ("surtitle", "subtitle", "lead", "body", "presentation", "transcript", "report")
TEXT_LENGTH = 3000  # enough for a snippet around the first words found


def kind_of(model):
    return KIND_OF_MODEL.get(model._meta.label_lower)


def item_date(page):
    start = getattr(page, "start", None)
    if start is not None:
        return timezone.localdate(start)
    if getattr(page, "publication_date", None):
        return page.publication_date
    if page.first_published_at:
        return timezone.localdate(page.first_published_at)
    return None


def item_text(page):
    parts = []
    for name in TEXT_FIELDS:
        value = getattr(page, name, None)
        if not value:
            continue
        field = page._meta.get_field(name)
        if hasattr(field, "get_searchable_content"):
            parts.extend(str(part) for part in field.get_searchable_content(value))
        else:
            parts.append(str(value))
    return " ".join(" ".join(parts).split())[:TEXT_LENGTH]


def item_tags(page):
    countries = list(page.countries.all()) if hasattr(page, "countries") else []
    if getattr(page, "country_id", None) and page.country not in countries:
        countries.append(page.country)
    themes = list(page.themes.all()) if hasattr(page, "themes") else []
    return countries, themes


def site_root_paths():
    """url_path of each site's root page: a page's address is its url_path below it."""
    return [site.root_page.url_path for site in Site.objects.select_related("root_page")]


def item_url(url_path, root_paths):
    for root in root_paths:
        if url_path.startswith(root):
            return "/" + url_path[len(root) :]
    return None


def write_items(pages):
    """Create or refresh the search items of these pages (of one model); pages no longer
    live, or outside every site, lose theirs."""
    if not pages:
        return
    kind = kind_of(type(pages[0]))
    if kind is None:
        return
    roots = site_root_paths()
    kept, dropped = [], []
    for page in pages:
        url = item_url(page.url_path, roots) if page.live else None
        (kept if url else dropped).append((page, url))
    SearchItem.objects.filter(page_id__in=[page.pk for page, _url in dropped]).delete()
    items = []
    for page, url in kept:
        countries, themes = item_tags(page)
        items.append(
            SearchItem(
                page_id=page.pk,
                kind=kind,
                title=page.title[:255],
                url=url[:255],
                date=item_date(page),
                text=item_text(page),
                country_ids=_ids(countries),
                theme_ids=_ids(themes),
            )
        )
    SearchItem.objects.bulk_create(
        items,
        update_conflicts=True,
        unique_fields=["page"],
        update_fields=["kind", "title", "url", "date", "text", "country_ids", "theme_ids"],
    )


def _ids(objects):
    return " ".join(str(obj.pk) for obj in objects)
