"""The site's sections and simple pages. `{"kind": "section", "section": "news", "title",
"slug", "introduction"}` describes the page under which a kind is published (and `"section":
"home"` the home page, with its `pinned_news` by slug); `{"kind": "page", "title", "lead",
"body"}` is a simple page under the home page (about, legal notice, contact)."""

from django.utils.text import slugify

from portail.agenda.models import Agenda
from portail.core.models import HomePage, StandardPage
from portail.core.services import child_of_type
from portail.funds.models import SolidarityFundIndex
from portail.network.models import AtlasPage, CountryGroupIndex, MemberDirectory
from portail.news.models import NewsIndex, NewsPage
from portail.opportunities.models import Opportunities
from portail.resources.models import ResourceCentre

from ..fields import PAGE_FIELDS, Blocks, Field, carried, dump_fields, load_fields
from ..schema import LineError
from .base import PageKind, RecordKind
from .translations import is_translation, locale_of, translation_lines, translation_of

# Each section's page type and what it is called when no line describes it.
SECTIONS = {
    "news": (NewsIndex, "Actualités", "actualites"),
    "agenda": (Agenda, "Agenda", "agenda"),
    "resources": (ResourceCentre, "Centre de ressources", "ressources"),
    "country_groups": (CountryGroupIndex, "Groupes-pays", "groupes-pays"),
    "members": (MemberDirectory, "Annuaire des adhérents", "membres"),
    "atlas": (AtlasPage, "Atlas des partenariats", "atlas"),
    "funds": (SolidarityFundIndex, "Fonds de solidarité", "fonds-de-solidarite"),
    "opportunities": (Opportunities, "Appels à projets et offres d’emploi", "opportunites"),
}
SECTION_FIELDS = (*PAGE_FIELDS, Field("introduction"))


def section_page(name):
    """The page a section's items are published under, created when missing."""
    home = HomePage.objects.get(locale__language_code="fr")
    if name == "home":
        return home
    model, title, slug = SECTIONS[name]
    return child_of_type(home, model, title=title, slug=slug, show_in_menus=True)


def _upsert_section(item, files):
    name = item["section"]
    if name != "home" and name not in SECTIONS:
        raise LineError(f"unknown section {name!r} (home, {', '.join(SECTIONS)})")
    page = section_page(name)
    if is_translation(item):
        page = translation_of(page, locale_of(item))
    load_fields(page, item, files, SECTION_FIELDS)
    if name != "home":
        page.slug = slugify(item.get("slug") or "") or page.slug
    else:
        pinned = item.get("pinned_news")
        french = NewsPage.objects.filter(locale__language_code="fr")
        page.pinned_news = french.filter(slug=pinned).first() if pinned else None
        if pinned and page.pinned_news is None:
            raise LineError(f"unknown news in pinned_news: {pinned!r}")
    page.save_revision().publish()
    return page


def export_sections(exporter):
    """The sections, before the pages published under them."""
    home = HomePage.objects.filter(locale__language_code="fr").first()
    if home is None:
        return
    by_model = {model: name for name, (model, _, _) in SECTIONS.items()}
    for page in home.get_children().live().specific().order_by("path"):
        name = by_model.get(type(page))
        if name:
            item = {"kind": "section", "section": name, "slug": page.slug}
            yield dump_fields(page, item, exporter, SECTION_FIELDS)


def export_home(exporter):
    """The home page, after the news it pins."""
    home = HomePage.objects.select_related("pinned_news").filter(locale__language_code="fr").first()
    if home is None:
        return
    item = dump_fields(home, {"kind": "section", "section": "home"}, exporter, SECTION_FIELDS)
    if home.pinned_news_id and home.pinned_news.live:
        item["pinned_news"] = home.pinned_news.slug
    yield item


def export_section_translations(exporter):
    """The sections and the home page written in another language (not their aliases)."""
    by_model = {model: name for name, (model, _, _) in SECTIONS.items()}
    by_model[HomePage] = "home"

    def dump(page, item, name):
        line = {"kind": "section", "section": name, "language": item["language"]}
        if name != "home":
            line["slug"] = page.slug
        dump_fields(page, line, exporter, SECTION_FIELDS)
        if name == "home" and page.pinned_news_id:
            line["pinned_news"] = page.pinned_news.slug
        return line

    for model, name in by_model.items():
        yield from translation_lines(model, lambda page, item, name=name: dump(page, item, name))


SECTION = RecordKind(
    required=("section", "title"),
    key=lambda item: (
        f"section:{item['section']}" + (f":{item['language']}" if is_translation(item) else "")
    ),
    upsert=_upsert_section,
    export=export_sections,
    carries={
        **{model: carried(SECTION_FIELDS) | {"slug"} for model, _, _ in SECTIONS.values()},
        HomePage: carried(SECTION_FIELDS) | {"pinned_news"},
    },
)

PAGE = PageKind(
    model=StandardPage,
    required=("title",),
    fields=(Field("lead"), Blocks("body")),
    pages=lambda: StandardPage.objects.live().order_by("path"),
    section="home",
    tagged=False,
)
