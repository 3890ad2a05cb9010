from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from .models import Country, Organisation, Theme

# A tag page gathers what each domain tags: the template composes it from their tags
# (templates/pages/tag_page.html), as the home page does.


def country_page(request, code):
    country = get_object_or_404(Country, code=code.upper())
    return render(
        request,
        "pages/tag_page.html",
        {
            "tag": country,
            "kind": "country",
            "feed_base": _feed_base("pays", country.code.lower()),
            "relation": "countries",
        },
    )


def theme_page(request, slug):
    theme = get_object_or_404(Theme, slug=slug)
    return render(
        request,
        "pages/tag_page.html",
        {
            "tag": theme,
            "kind": "theme",
            "feed_base": _feed_base("themes", theme.slug),
            "relation": "themes",
        },
    )


def organisation_page(request, slug):
    organisation = get_object_or_404(Organisation, slug=slug)
    return render(
        request,
        "pages/tag_page.html",
        {
            "tag": organisation,
            "kind": "organisation",
            "feed_base": _feed_base("organisations", organisation.slug),
            "relation": "organisations",
        },
    )


def _feed_base(kind, key):
    """/flux/pays/sn, to which the page adds .rss, .atom or .ics."""
    return reverse(f"feeds:{kind}_rss", args=[key]).removesuffix(".rss")
