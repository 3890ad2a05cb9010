"""The passage of a result's text where the words searched for appear, highlighted."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .french import fold

WORD = re.compile(r"\w+")
BEFORE = 80
LENGTH = 260


def _matches(text, prefixes):
    return [
        match for match in WORD.finditer(text) if fold(match.group()).startswith(tuple(prefixes))
    ]


def snippet(text, prefixes):
    """About 260 characters of `text` around the first word found, those words in <mark>;
    the beginning of the text when none is (the words may be in an attached document)."""
    if not text:
        return ""
    matches = _matches(text, prefixes) if prefixes else []
    start = max(0, matches[0].start() - BEFORE) if matches else 0
    if start:
        start = text.find(" ", start) + 1 or start
    end = min(len(text), start + LENGTH)
    if end < len(text):
        end = text.rfind(" ", start, end) if text.rfind(" ", start, end) > start else end
    marked = highlighted(text[start:end], prefixes)
    return mark_safe(("… " if start else "") + marked + (" …" if end < len(text) else ""))


def highlighted(text, prefixes):
    """`text` escaped, the words found in <mark>."""
    parts, position = [], 0
    for match in _matches(text, prefixes) if prefixes else []:
        parts.append(escape(text[position : match.start()]))
        parts.append(f"<mark>{escape(match.group())}</mark>")
        position = match.end()
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))


def missing(prefixes, *texts):
    """The prefixes none of whose words appear in `texts`."""
    present = {
        prefix
        for text in texts
        for match in WORD.finditer(text or "")
        for prefix in prefixes
        if fold(match.group()).startswith(prefix)
    }
    return set(prefixes) - present
