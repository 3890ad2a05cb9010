"""Template helpers for the site shell: dates in French, share links, navigation, e-mails."""

from urllib.parse import quote, urlencode

from babel.dates import format_date
from babel.numbers import format_currency
from django import template
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.translation import get_language, gettext

from portail.core.cache import content_version as current_content_version
from portail.core.selectors import site_menu_for

register = template.Library()
ENGLISH_DATES = {"en": "en_GB"}  # 20 January 2027, as a European partner writes it


@register.filter
def french_date(value, with_weekday=False):
    """12 juin 2020; 1er juin 2020; with_weekday: jeudi 11 juin 2020. Read in English, in
    British English (Babel's CLDR): 12 June 2020; Thursday 11 June 2020."""
    if not value:
        return ""
    if hasattr(value, "hour"):
        value = timezone.localtime(value)
    language = (get_language() or "fr").split("-")[0]
    if language != "fr":
        pattern = "EEEE d MMMM y" if with_weekday else "d MMMM y"
        return format_date(value, pattern, locale=ENGLISH_DATES.get(language, language))
    day = "1er" if value.day == 1 else str(value.day)
    text = f"{day} {formats.date_format(value, 'F Y')}"
    if with_weekday:
        text = f"{formats.date_format(value, 'l')} {text}"
    return text


@register.simple_tag(takes_context=True)
def share_links(context, page):
    """Plain share links: no third-party script, nothing loaded until the reader clicks."""
    request = context["request"]
    url = page.get_full_url(request)
    if not url:  # a page that has no address yet (a preview before the first save)
        return []
    title = page.title
    encoded = quote(url, safe="")
    return [
        ("Facebook", f"https://www.facebook.com/sharer/sharer.php?u={encoded}"),
        ("X", "https://x.com/intent/post?" + urlencode({"url": url, "text": title})),
        ("LinkedIn", f"https://www.linkedin.com/sharing/share-offsite/?url={encoded}"),
        ("Bluesky", "https://bsky.app/intent/compose?" + urlencode({"text": f"{title} {url}"})),
        ("E-mail", "mailto:?" + urlencode({"subject": title, "body": url}, quote_via=quote)),
    ]


@register.simple_tag(takes_context=True)
def site_menu(context):
    request = context.get("request")
    return site_menu_for(request) if request else {"root_url": "/", "main": [], "footer": []}


@register.simple_tag
def content_version():
    """For {% cache %} keys: fragments are recomputed after any content change."""
    return current_content_version()


@register.simple_tag
def protected_email(address, label=""):
    """An address that harvesting robots do not read as one; a small script rebuilds the link."""
    if not address:
        return ""
    user, _at, domain = address.partition("@")
    dot = gettext("point")
    return format_html(
        '<span class="protected-email" data-user="{}" data-domain="{}">{} [{}] {}</span>',
        user[::-1],
        domain[::-1],
        user,
        gettext("arobase"),
        domain.replace(".", f" [{dot}] "),
    )


def hour(moment):
    """10 h 00 in French, 10:00 in English."""
    moment = timezone.localtime(moment)
    language = (get_language() or "fr").split("-")[0]
    return formats.date_format(moment, "G \\h i" if language == "fr" else "H:i")


@register.filter
def euros(amount):
    """12 500 € in French (cents only when there are some), 12,500 € in English; Babel's CLDR."""
    if amount is None or amount == "":
        return ""
    locale = (get_language() or "fr").replace("-", "_")
    pattern = "#,##0.00\xa0¤" if amount % 1 else "#,##0\xa0¤"
    return format_currency(amount, "EUR", format=pattern, locale=locale, currency_digits=False)


@register.filter
def holds(group, page):
    """Whether a heading of the menu holds the section `page` is in."""
    return group.holds(page)
