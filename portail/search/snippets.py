"""The passage of a result's text where the words searched for appear, highlighted."""

import re
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .french import fold

WORD = re.compile(r"\w+")
BEFORE = 80
LENGTH = 260


# A result's text is 3,000 characters of mostly the same few hundred words.
_folded = lru_cache(maxsize=16384)(fold)


def _matches(text, prefixes):
    prefixes = tuple(prefixes)
    return (match for match in WORD.finditer(text) if _folded(match.group()).startswith(prefixes))


def snippet(text, prefixes):
    """About 260 characters of `text` around the first word found, those words in <mark>;
    the beginning of the text when none is (the words may be in an attached document)."""
    if not text:
        return ""
    first = next(_matches(text, prefixes), None) if prefixes else None
    start = max(0, first.start() - BEFORE) if first else 0
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
    found = {_folded(word) for text in texts for word in WORD.findall(text or "")}
    return {prefix for prefix in prefixes if not any(word.startswith(prefix) for word in found)}
