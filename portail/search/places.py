"""The countries a query names ("coopération décentralisée Sénégal"): their page and their
country group are offered above the results, which only list pages holding every word."""

from dataclasses import dataclass

from portail.core.cache import cached
from portail.core.languages import default_locale_id
from portail.core.routing import exclude_restricted
from portail.network.models import CountryGroupPage
from portail.taxonomy.models import Country

from .french import fold, is_stop_word, words

MAX_PLACES = 3


@dataclass(frozen=True)
class Place:
    name: str
    url: str
    group_title: str = ""
    group_url: str = ""


def _country_words():
    """(code, name, address, the folded words of its name) of every country."""
    return [
        (
            country.code,
            country.name,
            country.get_absolute_url(),
            frozenset(fold(word) for word in words(country.name) if not is_stop_word(word)),
        )
        for country in Country.objects.only("code", "name")
    ]


def places_named(parsed):
    """The countries every word of whose name the query holds, with their country group."""
    typed = {fold(word) for group in parsed.groups for word in group.words}
    typed |= {fold(word) for group in parsed.groups for phrase in group.phrases for word in phrase}
    named = [
        (code, name, url)
        for code, name, url, name_words in cached("search-countries", _country_words, 3600)
        if name_words and name_words <= typed
    ][:MAX_PLACES]
    if not named:
        return []
    groups = exclude_restricted(
        CountryGroupPage.objects.live().filter(
            locale_id=default_locale_id(), country__code__in=[code for code, _, _ in named]
        )
    ).select_related("country")
    group_of = {group.country.code: group for group in groups}
    places = []
    for code, name, url in named:
        group = group_of.get(code)
        places.append(Place(name, url, group.title, group.url) if group else Place(name, url))
    return places
