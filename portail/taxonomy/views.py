from django.shortcuts import get_object_or_404, render

from .models import Country, Organisation, Theme
from .selectors import tagged_content


def country_page(request, code):
    from portail.network.selectors import country_network_context

    country = get_object_or_404(Country, code=code.upper())
    return render(
        request,
        "pages/tag_page.html",
        {
            "tag": country,
            "kind": "country",
            **tagged_content("countries", country),
            **country_network_context(country),
        },
    )


def theme_page(request, slug):
    theme = get_object_or_404(Theme, slug=slug)
    return render(
        request,
        "pages/tag_page.html",
        {"tag": theme, "kind": "theme", **tagged_content("themes", theme)},
    )


def organisation_page(request, slug):
    organisation = get_object_or_404(Organisation, slug=slug)
    return render(
        request,
        "pages/tag_page.html",
        {
            "tag": organisation,
            "kind": "organisation",
            **tagged_content("organisations", organisation),
        },
    )
