"""Cleaning what other systems send: mojibake repaired, HTML reduced to what the portal allows."""

import html
import re

import ftfy
import nh3

ALLOWED_TAGS = {
    "p",
    "h2",
    "h3",
    "h4",
    "ul",
    "ol",
    "li",
    "a",
    "strong",
    "em",
    "blockquote",
    "br",
    "hr",
    "code",
}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}
_PRESENTATIONAL = [
    (re.compile(r"<(/?)b(\s[^>]*)?>", re.I), r"<\1strong>"),
    (re.compile(r"<(/?)i(\s[^>]*)?>", re.I), r"<\1em>"),
]


def repair_text(text):
    """Undo UTF-8 read as Latin-1 or Windows-1252 ("coopÃ©ration" → "coopération").

    Only the encoding is fixed: clean text, curly quotes included, comes back unchanged."""
    return ftfy.fix_encoding(text) if isinstance(text, str) else text


def repair(value):
    """repair_text over a JSON value: strings, lists and objects, recursively."""
    if isinstance(value, str):
        return repair_text(value)
    if isinstance(value, list):
        return [repair(item) for item in value]
    if isinstance(value, dict):
        return {key: repair(item) for key, item in value.items()}
    return value


def sanitise_html(markup):
    """Keep p, h2-h4, lists, links, strong, em and blockquote; drop scripts, styles, event
    attributes and javascript: links."""
    for pattern, replacement in _PRESENTATIONAL:
        markup = pattern.sub(replacement, markup)
    cleaned = nh3.clean(
        markup,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel=None,
    )
    return cleaned.strip()


def body_html(text):
    """The body as stored: sanitised HTML, or plain text whose blank lines separate paragraphs."""
    text = (text or "").strip()
    if not text:
        return ""
    if re.match(r"^<[a-zA-Z]", text):
        return sanitise_html(text)
    paragraphs = [" ".join(part.split()) for part in re.split(r"\n\s*\n", text)]
    return "".join(f"<p>{html.escape(part, quote=False)}</p>" for part in paragraphs if part)
