from urllib.parse import urlencode

from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control

from .french import words
from .query import clean, parse
from .selectors import FACETS, search, suggestions

MAX_VALUES = 20  # per facet, from the address
SHOWN_VALUES = 15  # per facet, the most frequent, on the page


def read_selection(params):
    """The facet values chosen in the address; malformed ones (a year that is no year, an
    over-long value) are left out rather than refused."""
    selection = {}
    for key, _label in FACETS:
        values = {value[:64] for value in params.getlist(key)[:MAX_VALUES] if value}
        if key == "annee":
            values = {value for value in values if value.isdigit() and len(value) == 4}
        selection[key] = values
    return selection


def toggle_url(pairs, key, value):
    """The address of the (key, value) `pairs` with `value` added to or removed from facet
    `key` (added after that facet's other values), back on page 1. Pairs, not a QueryDict:
    a results page links some fifty of these, and each copy of a QueryDict is a deep copy."""
    if (key, value) in pairs:
        pairs = [pair for pair in pairs if pair != (key, value)]
    else:
        at = max((n + 1 for n, (name, _) in enumerate(pairs) if name == key), default=len(pairs))
        pairs = [*pairs[:at], (key, value), *pairs[at:]]
    return "?" + urlencode(pairs)


def shown(values):
    """A facet's most frequent values, and those chosen wherever they rank: a filter in force
    stays in sight, to be removed."""
    return values[:SHOWN_VALUES] + [value for value in values[SHOWN_VALUES:] if value.selected]


def search_page(request):
    params = request.GET
    parsed = parse(params.get("q", ""))
    selection = read_selection(params)
    outcome = search(parsed, selection, params.get("page")) if parsed else None
    if outcome:
        pairs = [
            (key, value) for key, values in params.lists() if key != "page" for value in values
        ]
        outcome.facets = [(key, label, shown(values)) for key, label, values in outcome.facets]
        for key, _label, values in outcome.facets:
            for value in values:
                value.url = toggle_url(pairs, key, value.value)
    pagination_query = params.copy()
    pagination_query.pop("page", None)
    return render(
        request,
        "pages/search.html",
        {
            "query": parsed,
            "typed": parsed.text,  # what was typed, cleaned once by parse()
            "selection": selection,
            "outcome": outcome,
            "paged": outcome.page if outcome else None,
            "page_range": outcome.page.paginator.get_elided_page_range(outcome.page.number)
            if outcome
            else [],
            "pagination_query": pagination_query.urlencode(),
            "clear_url": "?" + urlencode({"q": parsed.text}),
        },
    )


@cache_control(max_age=60, public=True)
def suggest(request):
    """Titles for the search box's suggestions, as JSON: at least two letters typed."""
    typed = " ".join(words(clean(request.GET.get("q", ""))[:100]))
    found = suggestions(typed) if len(typed) >= 2 else []
    return JsonResponse({"suggestions": found})
