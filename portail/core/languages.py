"""Reading the portal in a language other than French.

French is the site's own language: every page exists in French, some have an English
translation (made by editors with Wagtail's "Traduire" action). An English reader stays in
English: a link leads to the page's English version when there is one, else to the French
page under /en/, where it is shown in French with a notice and `lang="fr"` on its content."""

from django.conf import settings
from django.utils import translation
from wagtail.models import Locale, Page

from .cache import cached

DEFAULT_LANGUAGE = settings.LANGUAGE_CODE


def reading_language():
    return (translation.get_language() or DEFAULT_LANGUAGE).split("-")[0]


def locale_languages():
    """{locale id: language code}."""
    return cached(
        "locale-languages", lambda: dict(Locale.objects.values_list("id", "language_code"))
    )


def default_locale_id():
    languages = locale_languages()
    return next((pk for pk, code in languages.items() if code == DEFAULT_LANGUAGE), None)


def translations():
    """{translation key: {language: (URL parts, title)}} of the pages that exist in more than
    one language (the few editors translated), read once per content version."""

    def load():
        keys = (  # aliases (untranslated parents of a translation) show French: not versions
            Page.objects.live()
            .exclude(locale_id=default_locale_id())
            .filter(alias_of__isnull=True)
            .values_list("translation_key", flat=True)
        )
        found = {}
        versions = Page.objects.live().filter(translation_key__in=list(keys), alias_of__isnull=True)
        for page in versions.specific():
            language = locale_languages().get(page.locale_id)
            with translation.override(language):
                found.setdefault(str(page.translation_key), {})[language] = (
                    page.get_url_parts(),
                    page.title,
                )
        return found

    return cached("translations", load)


def address_for_reader(page, parts):
    """The URL parts of `page` for the language being read: unchanged when the page is in
    that language; its translation's when it has one; else its own under the language's
    prefix (/en/actualites/…)."""
    language = reading_language()
    if language == DEFAULT_LANGUAGE:  # French pages read in French, the common case: free
        return parts
    if language == locale_languages().get(page.locale_id, DEFAULT_LANGUAGE):
        return parts
    translated = translations().get(str(page.translation_key), {}).get(language)
    if translated:
        return translated[0]
    site_id, root_url, path = parts
    return site_id, root_url, under_prefix(path, language)


def under_prefix(path, language):
    """`path` under the prefix of `language` (/en/actualites/…); French has none."""
    if language == DEFAULT_LANGUAGE or not path.startswith("/") or path.startswith(f"/{language}/"):
        return path
    return f"/{language}{path}"


def versions_of(page):
    """{language: path} of the page in each language it is written in."""
    own = locale_languages().get(page.locale_id, DEFAULT_LANGUAGE)
    versions = translations().get(str(page.translation_key))
    if versions:
        return {language: parts[2] for language, (parts, _title) in versions.items()}
    with translation.override(own):
        return {own: page.get_url()}


def title_for_reader(page):
    """The page's title in the language being read, when it is translated into it."""
    if reading_language() == DEFAULT_LANGUAGE:  # French readers list French pages: free
        return page.title
    translated = translations().get(str(page.translation_key), {}).get(reading_language())
    return translated[1] if translated else page.title


def versions_for_reader(page_ids):
    """{page id: (path, title)} of the listed pages translated into the language being read
    (a search hit, a suggestion); nothing, and no query, for French readers."""
    language = reading_language()
    if language == DEFAULT_LANGUAGE or not page_ids:
        return {}
    found = {}
    keys = Page.objects.filter(pk__in=list(page_ids)).values_list("pk", "translation_key")
    for pk, key in keys:
        version = translations().get(str(key), {}).get(language)
        if version:
            found[pk] = (version[0][2], version[1])
    return found
