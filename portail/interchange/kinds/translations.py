"""Pages written in another language than French: a page line with `"language": "en"` and
`"translation_of"` (the French page's slug; for a section line, the section's name) is the
English version of that page, made as Wagtail's "Traduire" makes it (the French page copied
into the English tree, its parents as aliases) and then filled from the line."""

from django.conf import settings
from django.utils.text import slugify
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import Locale

from portail.core.languages import default_locale_id

from ..schema import LineError


def is_translation(item):
    return item.get("language") not in (None, "", settings.LANGUAGE_CODE)


def locale_of(item):
    locale = Locale.objects.filter(language_code=item["language"]).first()
    if locale is None:
        raise LineError(f"unknown language {item['language']!r}")
    return locale


def translation_of(original, locale):
    """The page's version in `locale`: the one there is (an alias becoming a page of its own),
    or a new copy, as a draft."""
    page = original.get_translation_or_none(locale)
    if page is None:
        return original.copy_for_translation(locale, copy_parents=True).specific
    page = page.specific
    if page.alias_of_id:
        ConvertAliasPageAction(page).execute(skip_permission_checks=True)
        page.refresh_from_db()
    return page


def original_page(model, item):
    if not item.get("translation_of"):
        raise LineError("a line in another language names the French page: translation_of")
    slug = slugify(str(item["translation_of"]))
    original = model.objects.filter(slug=slug, locale_id=default_locale_id()).first()
    if original is None:
        raise LineError(f"unknown page to translate: {item['translation_of']!r}")
    return original


def translation_lines(model, dump):
    """The lines of the live pages of `model` written in another language than French,
    each naming its French page; `dump(page, item)` adds the page's own keys."""
    pages = (
        model.objects.live()
        .exclude(locale_id=default_locale_id())
        .filter(alias_of__isnull=True)
        .select_related("locale")
        .order_by("path")
    )
    originals = dict(
        model.objects.filter(
            locale_id=default_locale_id(), translation_key__in=[p.translation_key for p in pages]
        ).values_list("translation_key", "slug")
    )
    for page in pages:
        if page.translation_key in originals:
            yield dump(
                page,
                {
                    "language": page.locale.language_code,
                    "translation_of": originals[page.translation_key],
                },
            )
