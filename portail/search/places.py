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


def _countries():
    """(the folded words of its name, its Place as a tuple) of every country, its country group
    known. Plain tuples: read back from the cache on each search, 200 dataclasses took 2–3 ms
    to unpickle."""
    groups = exclude_restricted(
        CountryGroupPage.objects.live().filter(locale_id=default_locale_id())
    ).select_related("country")
    group_of = {group.country_id: group for group in groups}
    found = []
    for country in Country.objects.only("code", "name"):
        name_words = tuple({fold(w) for w in words(country.name) if not is_stop_word(w)})
        group = group_of.get(country.pk)
        place = (country.name, country.get_absolute_url())
        if group:
            place += (group.title, group.url)
        found.append((name_words, place))
    return found


def places_named(parsed):
    """The countries every word of whose name the query holds, with their country group: no
    query, the countries and groups being read once per content version."""
    typed = {fold(word) for group in parsed.groups for word in group.words}
    typed |= {fold(word) for group in parsed.groups for phrase in group.phrases for word in phrase}
    named = [
        Place(*place)
        for name_words, place in cached("search-country-places", _countries, 3600)
        if name_words and typed.issuperset(name_words)
    ]
    return named[:MAX_PLACES]
