"""The language switch, hreflang alternates and the notice on a page read in a language it is
not written in (portail/core/languages.py)."""

from django import template
from django.conf import settings
from django.urls import translate_url
from wagtail.models import Page

from ..languages import (
    DEFAULT_LANGUAGE,
    locale_languages,
    reading_language,
    title_for_reader,
    under_prefix,
    versions_of,
)

register = template.Library()


def _page(context):
    page = context.get("page")
    return page if isinstance(page, Page) and page.pk else None


def _home(language):
    return "/" if language == DEFAULT_LANGUAGE else f"/{language}/"


@register.inclusion_tag("components/language_switch.html", takes_context=True)
def language_switch(context):
    """A link to the other languages: the same page in that language when it is written in
    it, else that language's home; a view that is not a page, in that language."""
    page, request = _page(context), context.get("request")
    links = []
    for code, name in settings.LANGUAGES:
        if code == reading_language():
            continue
        if page is not None:
            address = versions_of(page).get(code) or _home(code)
        elif request is not None:
            address = translate_url(request.get_full_path(), code)
        else:
            address = _home(code)
        links.append({"code": code, "name": name, "url": address})
    return {"links": links}


@register.simple_tag(takes_context=True)
def language_versions(context):
    """[(language, path)] of the page's versions, for hreflang alternates."""
    page = _page(context)
    return sorted(versions_of(page).items()) if page else []


@register.simple_tag(takes_context=True)
def written_in(context):
    """The page's language when it differs from the language being read, else ""."""
    page = _page(context)
    if page is None:
        return ""
    language = locale_languages().get(page.locale_id, DEFAULT_LANGUAGE)
    if page.alias_of_id:  # an untranslated parent of a translation: the French page's words
        language = DEFAULT_LANGUAGE
    return "" if language == reading_language() else language


@register.filter
def for_reader(path):
    """A stored address of a French page (a search hit's), under the prefix of the language
    being read: /en/actualites/… in English."""
    return under_prefix(path, reading_language())


@register.filter
def reader_title(page):
    """A listed page's title in the language being read, when it is translated."""
    return title_for_reader(page)
