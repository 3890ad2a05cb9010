"""Members found by their name. The network has hundreds of members, not hundreds of
thousands: their folded names are matched in memory, kept per content version. In the full-text
index they share with 100,000 pages, a common word ("collectivités") cost a second to look
up among them."""

from portail.core.cache import cached
from portail.core.text import fold
from portail.network.models import Member

from .french import prefix_for, words


def _names():
    return [
        (member_id, [fold(word) for word in words(name)])
        for member_id, name in Member.objects.values_list("pk", "name")
    ]


def _has_phrase(name_words, phrase):
    size = len(phrase)
    return any(name_words[i : i + size] == phrase for i in range(len(name_words) - size + 1))


def _matches(name_words, group):
    """Every word begins a word of the name (by its stem, as the index looks words up), and
    every phrase is in it word for word."""
    return all(
        any(name_word.startswith(prefix) for name_word in name_words) for prefix in group[0]
    ) and all(_has_phrase(name_words, phrase) for phrase in group[1])


def members_matching(parsed, limit):
    """The members (in the directory's order) whose name holds one alternative of the query."""
    return members_of(matching_member_ids(parsed), limit)


def matching_member_ids(parsed):
    """The ids of those members (cached with the query's hits: search.selectors)."""
    groups = [
        (
            [prefix_for(word) for word in group.words],
            [[fold(word) for word in phrase] for phrase in group.phrases],
        )
        for group in parsed.groups
    ]
    return [
        member_id
        for member_id, name_words in cached("search-member-names", _names)
        if any(_matches(name_words, group) for group in groups)
    ]


def members_of(ids, limit):
    return list(Member.objects.filter(pk__in=ids)[:limit])
