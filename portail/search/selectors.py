"""The search page's results and facets, in a fixed number of queries whatever the content."""

from collections import Counter
from dataclasses import dataclass, field
from functools import cache, partial
from itertools import groupby
from operator import attrgetter, itemgetter
from typing import NamedTuple

from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from portail.core.cache import cached
from portail.core.languages import (
    default_locale_id,
    reading_language,
    under_prefix,
    versions_for_reader,
)
from portail.core.routing import exclude_restricted
from portail.taxonomy.models import Country, Theme

from .members import matching_member_ids, members_of
from .models import Kind, SearchItem
from .places import places_named
from .snippets import highlighted, missing, snippet

MAX_HITS = 400  # the most relevant pages counted and listed; beyond, refine the words
# Words found in more pages than this are ranked among the most recently indexed of them:
# ranking all 100,000 pages that say "collectivités" cost 70–180 ms. Such words say little
# of what is sought; a query specific enough to want the older pages matches fewer.
CANDIDATES = 3000
MAX_MEMBERS = 50
PER_PAGE = 10
FACETS = (
    ("type", _("Type de contenu")),
    ("pays", _("Pays")),
    ("theme", _("Thème")),
    ("annee", _("Année")),
)


class Hit(NamedTuple):
    """A ranked page and its facet values: a tuple of plain values, since a query's hits are
    read back from the cache on each request (dataclasses holding dates and dicts took twice
    as long to unpickle)."""

    page_id: int
    kind: str
    year: str  # "" when undated
    day: int  # the date's ordinal, 0 when undated: recency breaks ties of score
    countries: tuple = ()  # codes
    themes: tuple = ()  # slugs

    def values(self, facet):
        """The hit's values of a facet (a country's code, a theme's slug…)."""
        if facet == "type":
            return (self.kind,)
        if facet == "pays":
            return self.countries
        if facet == "theme":
            return self.themes
        return (self.year,) if self.year else ()

    def matches(self, chosen):
        """Within a facet any chosen value will do; across facets, all must hold (`chosen`:
        facet → the values chosen, facets with none left out)."""
        return all(not values.isdisjoint(self.values(facet)) for facet, values in chosen.items())


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Result:
    title: str  # the words found marked
    url: str
    kind: str
    date: object
    snippet: str
    found_in: list = field(default_factory=list)  # where words neither shows were found


@dataclass
class Outcome:
    total: int = 0
    page: object = None
    results: list = field(default_factory=list)
    members: list = field(default_factory=list)
    facets: list = field(default_factory=list)
    capped: bool = False
    places: list = field(default_factory=list)  # the countries the query names


def search(parsed, selection, page_number):
    """Everything the search page shows for a parsed query, the facets chosen
    (facet → set of values) and a page number."""
    hits, capped, member_ids = cached(f"search-ranked:{parsed.key}", lambda: _hits_of(parsed))
    names = tag_names()
    with_members = _members_wanted(selection)
    members = members_of(member_ids, MAX_MEMBERS) if with_members else []
    only_members = selection["type"] == {Kind.MEMBER}
    chosen = {facet: values for facet, values in selection.items() if values}
    kept = [] if only_members else [hit for hit in hits if hit.matches(chosen)]
    page = Paginator(kept, PER_PAGE).get_page(page_number)
    return Outcome(
        total=len(kept) + len(members),
        page=page,
        results=load_results(page.object_list, parsed, names),
        members=members,
        facets=facets(hits, chosen, len(members), names),
        capped=capped,
        places=places_named(parsed) if str(page_number or "1") == "1" else [],
    )


def _hits_of(parsed):
    """The ranked pages with their facet values, whether more matched than are counted, and
    the ids of the members whose name matches: what every page of results, every choice of
    facets and every visitor asking the same words share (cached per content version)."""
    ranked, items = _ranked_and_listed(parsed)
    return load_hits(ranked, items), len(ranked) >= MAX_HITS, matching_member_ids(parsed)


def _members_wanted(selection):
    # Members carry no theme, year or content country: any of those facets leaves them out.
    if selection["pays"] or selection["theme"] or selection["annee"]:
        return False
    return not selection["type"] or Kind.MEMBER in selection["type"]


def french_pages():
    """What search lists: the French pages (an English reader follows them to their
    translations), not their English copies and aliases, which would show twice."""
    return Page.objects.live().filter(locale_id=default_locale_id())


def ranked_page_ids(parsed):
    """Live public pages matching, most relevant first, as (id, score)."""
    return _ranked_and_listed(parsed)[0]


def _ranked_and_listed(parsed):
    """The ranked pages search lists, as (id, score), and each one's facet values (page id →
    row), read with what decides whether it is listed: one query after the ranking."""
    backend = get_search_backend()
    if hasattr(backend, "ranked_ids"):  # the portal's database backends: ranked in the index
        ranked = backend.ranked_ids(parsed.to_query(), Page, MAX_HITS + 100, CANDIDATES)
    else:
        pages = exclude_restricted(french_pages()).only("id")
        results = pages.search(parsed.to_query()).annotate_score("_score")
        ranked = [(page.pk, page._score) for page in results[:MAX_HITS]]
    items = listed_items([page_id for page_id, _score in ranked])
    return [pair for pair in ranked if pair[0] in items][:MAX_HITS], items


def listed_items(page_ids):
    """Page id → (kind, date, country ids, theme ids) of those of `page_ids` search lists."""
    items = SearchItem.objects.filter(
        page_id__any=page_ids, page__live=True, page__locale_id=default_locale_id()
    )
    rows = exclude_restricted(items, page="page__path").values_list(
        "page_id", "kind", "date", "country_ids", "theme_ids"
    )
    return {page_id: values for page_id, *values in rows}


def load_hits(ranked, items):
    """The ranked pages as hits carrying their facet values (`items`, from listed_items), in
    their order; recency breaks ties of score. Hits share tags: each distinct list of tag ids
    is read once."""
    countries, themes = (cache(partial(_tagged, values)) for values in tag_values())
    hits = []
    for _score, group in groupby(ranked, key=itemgetter(1)):
        tied = []
        for page_id, _s in group:
            kind, date, country_ids, theme_ids = items[page_id]
            tied.append(
                Hit(page_id, kind, *_dated(date), countries(country_ids), themes(theme_ids))
            )
        tied.sort(key=attrgetter("day"), reverse=True)
        hits += tied
    return hits


def _dated(date):
    """A hit's year and the date's ordinal, or "" and 0 when undated."""
    return (str(date.year), date.toordinal()) if date else ("", 0)


def _tagged(values, ids):
    """The facet values (codes, slugs) of a row's tag ids ("12 40"), unknown ones left out."""
    return tuple(values[int(pk)] for pk in ids.split() if int(pk) in values)


def tag_values():
    """Country id → its facet value (code), theme id → its facet value (slug)."""
    return _tags()[0]


def tag_names():
    """Facet → {value: label} for countries and themes."""
    return _tags()[1]


def _tags():
    return cached("search-facet-tags", _read_tags)


def _read_tags():
    """Both, read once per content version: a hit carries facet values, a page shows names."""
    countries = [
        (pk, code.lower(), name)
        for pk, code, name in Country.objects.values_list("pk", "code", "name")
    ]
    themes = list(Theme.objects.values_list("pk", "slug", "name"))
    values = (
        {pk: value for pk, value, _name in countries},
        {pk: value for pk, value, _name in themes},
    )
    names = {
        "pays": {value: name for _pk, value, name in countries},
        "theme": {value: name for _pk, value, name in themes},
    }
    return values, names


def facets(hits, chosen, member_count, names):
    """Each facet's values with the number of results each would give, the other facets'
    choices applied (so that a second value of the same facet can be added); `chosen`: facet
    → the values chosen, facets with none left out."""
    found = []
    for key, label in FACETS:
        others = {facet: values for facet, values in chosen.items() if facet != key}
        kept = [hit for hit in hits if hit.matches(others)] if others else hits
        counts = Counter(value for hit in kept for value in hit.values(key))
        if key == "type" and member_count:
            counts[Kind.MEMBER.value] = member_count
        for value in chosen.get(key, ()):  # a filter in force stays in sight, to be removed
            if value not in counts and is_known(key, value, names):
                counts[value] = 0
        values = [
            FacetValue(value, value_label(key, value, names), count, value in chosen.get(key, ()))
            for value, count in counts.items()
        ]
        if key == "annee":
            values.sort(key=lambda v: v.value, reverse=True)
        else:
            values.sort(key=lambda v: (-v.count, str(v.label)))
        found.append((key, label, values))
    return found


def is_known(key, value, names):
    """Whether a value chosen in the address names something (a kind, a country, a theme, a
    year), rather than being a typo to leave out."""
    if key == "type":
        return value in Kind.values
    if key == "annee":
        return True  # read_selection keeps only four digits
    return value in names.get(key, {})


def value_label(key, value, names):
    if key == "type":
        return Kind(value).label
    return names.get(key, {}).get(value, value)


def load_results(hits, parsed, names):
    rows = SearchItem.objects.filter(page_id__any=[hit.page_id for hit in hits]).only(
        "page_id", "title", "url", "kind", "date", "text"
    )
    by_id = {row.page_id: row for row in rows}
    prefixes = parsed.prefixes
    versions = versions_for_reader(by_id)
    return [
        Result(
            title=highlighted(versions.get(row.page_id, (None, row.title))[1], prefixes),
            url=versions.get(row.page_id, (row.url,))[0],
            kind=Kind(row.kind).label,  # get_kind_display translates every choice first
            date=row.date,
            snippet=snippet(row.text, prefixes),
            found_in=found_in(row, hit, parsed.prefix_groups, names),
        )
        for hit, row in ((hit, by_id.get(hit.page_id)) for hit in hits)
        if row is not None
    ]


def found_in(row, hit, prefix_groups, names):
    """Why a result whose title and text lack some words was found: a country or theme it
    is tagged with, else what the index holds besides (its documents' text, mostly)."""
    if not prefix_groups:
        return []
    unseen = min((missing(group, row.title, row.text) for group in prefix_groups), key=len)
    places = []
    for label, facet in ((_("pays"), "pays"), (_("thème"), "theme")):
        for name in (names[facet].get(value, value) for value in hit.values(facet)):
            if missing(unseen, name) != unseen:
                places.append(f"{label} : {name}")
                unseen = missing(unseen, name)
    if unseen:
        places.append(_("un document joint"))
    return places


def suggestions(text, limit=8):
    """Titles of live public pages that begin words as typed, for the search box."""
    pages = exclude_restricted(french_pages()).only("id")
    ids = [page.pk for page in pages.autocomplete(text)[: limit * 2]]
    rows = {row.page_id: row for row in SearchItem.objects.filter(page_id__any=ids)}
    found = [rows[page_id] for page_id in ids if page_id in rows][:limit]
    versions = versions_for_reader(row.page_id for row in found)
    language = reading_language()
    return [
        {
            "title": versions.get(row.page_id, (None, row.title))[1],
            "url": versions.get(row.page_id, (under_prefix(row.url, language),))[0],
            "kind": Kind(row.kind).label,
        }
        for row in found
    ]
